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
}
