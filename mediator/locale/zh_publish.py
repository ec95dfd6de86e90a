"""Chinese catalog for publishing reference data (dispute causes, holiday calendars) from a file
and for what an office does with them after a pull."""

MESSAGES: dict[str, str] = {
    "published: {what}; offices receive it at their next sync": "已发布：{what}；各单位在下次同步时收到",
    "checked, nothing published: {what}": "已检查，未发布任何内容：{what}",
    "dispute causes: {new} new, {changed} changed, {same} unchanged": "案由：新增 {new} 个，修改 {changed} 个，未变 {same} 个",
    "holiday calendar {year} (confirmed): {new} days new, {changed} changed, {removed} removed, {same} unchanged; "
    "{working} make-up working days":
        "{year} 年节假日安排（已确认）：新增 {new} 天，修改 {changed} 天，删除 {removed} 天，未变 {same} 天；调休上班日 {working} 天",
    "the file": "文件",
    "must be an object with code and name_zh": "应为包含 code 和 name_zh 的对象",
    "must be an object with day and working": "应为包含 day 和 working 的对象",
    "must be a date (YYYY-MM-DD), not {value}": "应为日期（YYYY-MM-DD），而不是 {value}",
    "must be an object with year and days": "应为包含 year 和 days 的对象",
    "must be a year from {first} to {last}, not {value}": "应为 {first} 至 {last} 之间的年份，而不是 {value}",
    "publication file {name}": "发布文件 {name}",
    "must be a non-empty list of days": "应为非空的日期列表",
    '{path}: expected a JSON object with "causes" and/or "holidays"': '{path}：应为包含 "causes" 和/或 "holidays" 的 JSON 对象',
    "the chinese-calendar library has no official schedule for {year} (it knows {first}–{last}): write the file "
    "from the State Council's notice instead":
        "chinese-calendar 库没有 {year} 年的官方放假安排（只有 {first}–{last} 年）：请按国务院办公厅的通知编写文件",
    "at most {limit} characters": "最多 {limit} 个字符",
    "must be true or false, not {value}": "应为 true 或 false，而不是 {value}",
    "unknown fields {fields}; allowed: {allowed}": "未知字段 {fields}；允许的字段：{allowed}",
    "must be a whole number, not {value}": "应为整数，而不是 {value}",
    "{day} is not in {year}": "{day} 不在 {year} 年内",
    "{day} is listed twice (also at line {line})": "{day} 重复列出（另见第 {line} 行）",
    "{path}: cannot be read ({error})": "{path}：无法读取（{error}）",
    "{path}: not UTF-8 text": "{path}：不是 UTF-8 文本",
    "{path}, line {line}, column {column}: not valid JSON ({error})": "{path}，第 {line} 行第 {column} 列：不是有效的 JSON（{error}）",
    "must be a non-empty list of causes": "应为非空的案由列表",
    "{path}: cannot be written ({error})": "{path}：无法写入（{error}）",
    "line {line}, {field}": "第 {line} 行，{field}",
    "required text": "必填文字",
    "must be text, not {value}": "应为文字，而不是 {value}",
    "{code} is listed twice (also causes[{other}])": "{code} 重复列出（另见 causes[{other}]）",
    "{file}: holiday calendar {year} from {source}: {rest} rest days, {working} make-up working days; check it "
    "against the State Council's notice, then run 'mediator central publish URL {file}'":
        "{file}：{year} 年节假日安排，来源 {source}：休息日 {rest} 天，调休上班日 {working} 天；请与国务院办公厅的通知核对后运行 "
        "'mediator central publish URL {file}'",
    "publish dispute causes and/or a year's holiday calendar from a JSON file to every office":
        "从 JSON 文件向所有单位发布案由和/或某一年的节假日安排",
    "check the file and show what would change; publish nothing": "检查文件并显示将会改变的内容，不发布",
    "write a publication file with a year's holiday calendar from the chinese-calendar library":
        "根据 chinese-calendar 库生成某一年节假日安排的发布文件",
    "template of the {title} ({kind}) “{label}”, version {version}, SHA-256 {sha}":
        "{title}（{kind}）模板“{label}”，第 {version} 版，SHA-256 {sha}",
    "unchanged: the central store already has this {what}": "未改变：中心库已有此{what}",
    "{file}: {size} MB is too large for a template (at most {limit} MB)": "{file}：{size} MB，作为模板过大（最多 {limit} MB）",
    "--label: is required (at most {n} characters)": "--label：必须填写（最多 {n} 个字符）",
    "{file} cannot be published as the template of the {title} ({kind}): {n} problem(s); nothing was published":
        "{file} 不能作为{title}（{kind}）的模板发布：有 {n} 个问题；未发布任何内容",
    "publish a document template (.docx) to every office, after the template checks":
        "检查文书模板（.docx）后向所有单位发布",
    "the document it is for: {kinds}": "模板所属的文书种类：{kinds}",
    "what offices see it called, e.g. 2027年版 (default: the file name)": "各单位看到的版本名称，例如 2027年版（默认：文件名）",
}
