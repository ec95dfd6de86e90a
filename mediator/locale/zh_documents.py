"""Chinese catalog for documents: templates and their checks, printing, PDF conversion."""

MESSAGES: dict[str, str] = {
    "{template}: cannot be read ({reason})": "{template}：无法读取（{reason}）",
    "{template}: not a Word document (.docx): {reason}": "{template}：不是 Word 文档（.docx）：{reason}",
    "{template}: the placeholder {placeholder} is split across Word runs; delete it and type it again in one go":
        "{template}：占位符 {placeholder} 在 Word 中被拆分成了几段格式，请删除后一次性重新输入",
    "{template}: the block {placeholder} must stand alone in its paragraph":
        "{template}：块占位符 {placeholder} 必须单独成段",
    "{template}: {tag} is not a known control tag (use {{% if name %}} and {{% endif %}})":
        "{template}：{tag} 不是可识别的控制标记（请使用 {{% if 名称 %}} 和 {{% endif %}}）",
    "{template}: the tag {tag} must stand alone in its paragraph": "{template}：控制标记 {tag} 必须单独成段",
    "{template}: malformed placeholder or tag near “{context}”": "{template}：“{context}”附近的占位符或控制标记格式不正确",
    "{template}: {{% endif %}} without a matching {{% if … %}}": "{template}：{{% endif %}} 缺少对应的 {{% if … %}}",
    "{template}: {tag} has no matching {{% endif %}}": "{template}：{tag} 缺少对应的 {{% endif %}}",
    "{template}: unknown placeholder {placeholder}": "{template}：未知的占位符 {placeholder}",
    "{template}: unknown condition “{name}” in {{% if %}}": "{template}：{{% if %}} 中的条件“{name}”未知",
    "{template}: the required placeholder {placeholder} is missing": "{template}：缺少必需的占位符 {placeholder}",
    "unknown document kind “{kind}”; known kinds: {kinds}": "未知的文书种类“{kind}”；可用的种类：{kinds}",
    "the office's template {template} was not used because of these problems; the built-in template was used instead:":
        "本单位的模板 {template} 有以下问题，未被采用，已改用内置模板：",
    "the office's template {template} was not used because of these problems; the federation's template was used "
    "instead:": "本单位的模板 {template} 有以下问题，未被采用，已改用联合会发布的模板：",
    "the federation's template {template} was not used because of these problems; the built-in template was used "
    "instead:": "联合会发布的模板 {template} 有以下问题，未被采用，已改用内置模板：",
    "a {title} is printed for one {per}: say which": "{title}须针对某一{per}打印，请指明是哪一个",
    "hearing": "次调解",
    "visit": "次回访",
    "document": "份被送达的文书",
    "unknown format “{fmt}”; use docx or pdf": "未知的格式“{fmt}”，请使用 docx 或 pdf",
    "fonts not installed on this machine, substituted: {fonts}": "本机未安装以下字体，已被替代：{fonts}",
    "the document could not be numbered: it is being printed elsewhere at the same time":
        "无法为文书编号：另一处正在同时打印此文书",
    "there is no agreement to print: none is recorded and no draft was given": "没有可打印的调解协议：尚未记录协议，也没有提供协议草稿",
    "LibreOffice is not installed, so no PDF can be made; install LibreOffice or save the document as .docx":
        "未安装 LibreOffice，无法生成 PDF；请安装 LibreOffice，或将文书保存为 .docx",
    "LibreOffice took more than {seconds} s to convert {name}": "LibreOffice 转换 {name} 超过了 {seconds} 秒",
    "LibreOffice could not be started: {reason}": "无法启动 LibreOffice：{reason}",
    "LibreOffice could not convert {name}: {reason}": "LibreOffice 无法转换 {name}：{reason}",
    # command line: doc, template check, attach (mediator/cli/documents.py)
    "list the documents a case can print now, or print one": "列出案件当前可打印的文书，或打印其中一份",
    "the document to print: {kinds}": "要打印的文书种类：{kinds}",
    "write it to this new file (.docx or .pdf), or into this folder": "写入此新文件（.docx 或 .pdf），或写入此文件夹",
    "which hearing, visit or served document (kinds printed per item)": "哪一次调解、哪一次回访或哪一份被送达的文书（按项打印的种类）",
    "docx or pdf (default: from the suffix of --out)": "docx 或 pdf（默认按 --out 文件的扩展名）",
    "check a document template before an office uses it": "在本单位启用文书模板前检查模板",
    "check a .docx template's placeholders and tags": "检查 .docx 模板的占位符和控制标记",
    "the document it is for (default: from the file name, e.g. agreement.docx)":
        "模板所属的文书种类（默认取自文件名，如 agreement.docx）",
    "attach a scan (the signed agreement, evidence) to a case": "将扫描件（签字的调解协议书、证据）附入案卷",
    "an image (PNG, JPEG, TIFF) or a PDF, at most 50 MB": "图片（PNG、JPEG、TIFF）或 PDF，不超过 50 MB",
    "{kinds} (default: signed_agreement)": "{kinds}（默认：signed_agreement）",
    "a note kept with the file": "随文件保存的备注",
    "--out, --subject and --format need --kind: say which document to print":
        "--out、--subject 和 --format 须与 --kind 一起使用：请指明要打印哪种文书",
    "say where to write the document with --out FILE": "请用 --out 文件 指明文书写到哪里",
    "Kind": "种类",
    "Document": "文书",
    "Subject": "对象（--subject）",
    "Details": "说明",
    "Printed": "已打印次数",
    "Print one with: mediator doc {case_no} --kind KIND --out FILE (and --subject ID where a subject is listed)":
        "打印方法：mediator doc {case_no} --kind 种类 --out 文件（列有对象的，另加 --subject 对象）",
    "a {title} is printed once per case: leave out --subject": "{title}每案打印一份，请去掉 --subject",
    "no {title} can be printed for this case yet": "本案目前还没有可打印的{title}",
    "“{subject}” is not one of the subjects of a {title} in this case; choose one of:":
        "“{subject}”不是本案可打印{title}的对象，请从以下对象中选择：",
    "a {title} is printed for one {per}: say which with --subject; choose one of:":
        "{title}须针对某一{per}打印，请用 --subject 指明，可选：",
    "{file} ends in {suffix} but --format is {fmt}": "{file}的扩展名是{suffix}，但 --format 是{fmt}",
    "{file}: cannot tell the format; end the name in .docx or .pdf, or give --format":
        "{file}：无法判断格式；请让文件名以 .docx 或 .pdf 结尾，或用 --format 指明",
    "{file}: cannot be written: {error}": "{file}：无法写入：{error}",
    "Wrote {title} to {file}: print no. {n}, hash {hash}": "已将{title}写入{file}：第{n}次打印，内容哈希 {hash}",
    "Wrote {title} to {file}: print no. {n}, 副本 (a copy), hash {hash}":
        "已将{title}写入{file}：第{n}次打印，副本，内容哈希 {hash}",
    "{file}: cannot tell which document this template is for from its name; give --kind (one of {kinds})":
        "{file}：无法从文件名判断这是哪种文书的模板；请用 --kind 指明（可选：{kinds}）",
    "{n} problem(s): {file} cannot be used for the {title}; until it is fixed, the built-in template is used":
        "共{n}个问题：{file}不能用作{title}的模板；改正之前将使用内置模板",
    "OK: {file} can be used as the template of the {title} ({kind})": "OK：{file}可以用作{title}（{kind}）的模板",
    "Attached {file} to case {case_no} as {kind}: {size}, SHA-256 {hash}":
        "已将{file}作为{kind}附入案件{case_no}：{size}，SHA-256 {hash}",
    "{file} is already attached to case {case_no} (as {kind}, {when}); nothing was added":
        "{file}已附入案件{case_no}（作为{kind}，{when}），未重复添加",
    # signed copies and other attachments (mediator/documents/signed.py)
    "unknown attachment kind “{kind}”; use one of {kinds}": "未知的附件种类“{kind}”，请使用：{kinds}",
    "{file}: only scans may be attached: an image (PNG, JPEG, TIFF) or a PDF":
        "{file}：只能附入扫描件：图片（PNG、JPEG、TIFF）或 PDF",
    "{file}: the file is empty": "{file}：文件是空的",
    "{file}: the file is {size} MB; at most {limit} MB may be attached": "{file}：文件大小为 {size} MB，附件最大 {limit} MB",
    "{file}: the content is not a {kind} file, whatever its name says; it may be damaged":
        "{file}：文件内容不是 {kind} 格式（与文件名不符），文件可能已损坏",
    "{file}: the name says {expected} but the content is {found}; rename it to match":
        "{file}：文件名表明是 {expected}，但内容是 {found}；请改正扩展名",
    "{title} of case {case_no} cannot be printed: {why}": "案件{case_no}的{title}无法打印：{why}",
    "the application has not been accepted": "该申请尚未受理",
    "the application has not been refused": "该申请未被决定不予受理",
    "mediation of the case has not been terminated": "该案件的调解尚未终止",
    "the application was never accepted, so there was no mediation to end": "该申请从未受理，不存在可终止的调解",
    "there is no hearing {hearing} in this case": "本案没有编号为{hearing}的调解会",
    "the hearing on {date} has not been held and recorded yet": "{date}的调解会尚未举行或尚未记录",
    "“{kind}” is not a document that is served; choose one of {kinds}": "“{kind}”不是需要送达的文书，请从以下种类中选择：{kinds}",
    "the case has no {title} to serve yet": "本案尚无可送达的{title}",
    "there is no follow-up visit {visit} in this case": "本案没有编号为{visit}的回访",
}

LABELS: dict[str, str] = {
    "attachment.signed_agreement": "签字的调解协议书",
    "attachment.evidence": "证据材料",
    "attachment.other": "其他材料",
    "agreement": "调解协议",
    "terms": "协议条款",
    "copies": "份数",
}
