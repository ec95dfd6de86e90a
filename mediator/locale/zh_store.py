"""Chinese messages of the local store: opening, checking, migrating, backing up and restoring."""

MESSAGES = {
    "{path} is not a usable Mediator database: {error}": "{path} 不是可用的调解工作台数据库：{error}",
    "not a SQLite file": "不是 SQLite 数据库文件",
    " (and {count} more)": "（另有 {count} 处）",
    "database {path} is damaged: {problems}": "数据库 {path} 已损坏：{problems}",
    "the program has no database revisions in {path}": "程序在 {path} 中找不到数据库结构版本",
    "database {path} records several schema revisions: {revisions}":
        "数据库 {path} 记录了多个结构版本：{revisions}",
    "database {path} was made by a newer version of Mediator (schema {revision}); update the program":
        "数据库 {path} 由更新版本的调解工作台创建（结构版本 {revision}），请先升级程序",
    "database {path} is at schema {revision} after the upgrade, expected {head}":
        "数据库 {path} 升级后的结构版本为 {revision}，应为 {head}",
    "{path} is not a Mediator database (it has tables {tables} but no schema revision)":
        "{path} 不是调解工作台数据库（含有数据表 {tables}，但没有结构版本）",
    "upgrading database {path} failed: {error}. It was not changed":
        "升级数据库 {path} 失败：{error}。数据库未被改动",
    "the upgrade broke foreign keys: {rows}": "升级破坏了外键关联：{rows}",
    "upgrading database {path} failed: {error}. The backup taken before the upgrade was restored; "
    "it is kept at {backup}":
        "升级数据库 {path} 失败：{error}。已恢复升级前的备份，备份保存在 {backup}",
    "creating database {path} failed: {error}": "创建数据库 {path} 失败：{error}",
    "upgrading database {path} failed ({error}) and restoring the backup failed too ({again}); "
    "the backup is at {backup}":
        "升级数据库 {path} 失败（{error}），恢复备份也失败（{again}）；备份保存在 {backup}",
    "cannot back up {path}: no such database": "无法备份 {path}：数据库不存在",
    "cannot restore from {backup}: no such file": "无法从 {backup} 恢复：文件不存在",
    "backing up {path} to {dest} failed: {error}": "将 {path} 备份到 {dest} 失败：{error}",
    "restoring {path} from {backup} failed: {error}": "从 {backup} 恢复 {path} 失败：{error}",
    "{path} is a folder, not a database file": "{path} 是文件夹，不是数据库文件",
    "database {path} is closed": "数据库 {path} 已关闭",
    "cannot create the folder for database {path}: {error}": "无法为数据库 {path} 创建文件夹：{error}",
}
