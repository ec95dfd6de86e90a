"""Chinese catalog for sync with the central store: set-up, status, the sync command and its errors."""

MESSAGES: dict[str, str] = {
    "cannot reach the central store {url}: {error}; local work is kept": "无法连接中心库 {url}：{error}；本机数据不受影响",
    "central store URL {url} is not valid: {error}": "中心库地址 {url} 无效：{error}",
    "central store URL {url} must start with postgresql:// or sqlite:///": "中心库地址 {url} 必须以 postgresql:// 或 sqlite:/// 开头",
    "central store URL {url} names no SQLite file (use sqlite:///path)": "中心库地址 {url} 未指明 SQLite 文件（请使用 sqlite:///路径）",
    "central store {url} created (schema version {version}, generation {generation})":
        "已创建中心库 {url}（结构版本 {version}，世代标识 {generation}）",
    "central store {url} is at schema version {version} (was {before})": "中心库 {url} 的结构版本为 {version}（原为 {before}）",
    "central store {url}: schema version {version}, generation {generation}": "中心库 {url}：结构版本 {version}，世代标识 {generation}",
    "create or upgrade the central store's schema": "创建或升级中心库的结构",
    "never": "从未",
    "no central store known yet: give it once with --central URL": "尚不知道中心库地址：请用 --central URL 指定一次",
    "nodes:": "节点：",
    "not synced yet": "尚未同步",
    "office code {code} is registered at the central store for another office database":
        "单位代码 {code} 在中心库中已登记给另一个单位数据库",
    "office code: is required (at most 32 characters)": "单位代码：必填（最多 32 个字符）",
    "office {code} is already registered at the central store": "单位 {code} 已在中心库登记",
    "office {code} is not registered at the central store; run 'mediator central add-office URL {code}' there first":
        "单位 {code} 尚未在中心库登记；请先在中心执行 'mediator central add-office URL {code}'",
    "office {code} registered; its first node claims it at its first sync": "已登记单位 {code}；其第一个节点在首次同步时认领",
    "offices:": "单位：",
    "open conflicts: {conflicts}; rejected rows: {rejects}": "未处理冲突：{conflicts}；被拒绝的记录：{rejects}",
    "postgresql://user@host/db or sqlite:///path": "postgresql://用户@主机/数据库 或 sqlite:///路径",
    "register an office at the central store": "在中心库登记一个单位",
    "send this node's changes to the central store and fetch others'": "把本机的修改发送到中心库，并取回其他节点的修改",
    "set up and inspect the federation's central store": "设置和查看联合会的中心库",
    "show offices, nodes, last sync, conflicts and rejects": "显示单位、节点、最近同步、冲突和被拒绝的记录",
    "sync cancelled; what was sent so far is kept": "同步已取消；已发送的部分保留",
    "sync done: pushed {pushed} rows in {batches} batches, pulled {pulled}; {conflicts} conflicts, {rejects} rejected":
        "同步完成：分 {batches} 批发送 {pushed} 条记录，取回 {pulled} 条；冲突 {conflicts} 条，被拒绝 {rejects} 条",
    "synced": "已同步",
    "the central store (remembered after the first use)": "中心库地址（首次使用后记住）",
    "the central store cannot be read ({error}); run 'mediator central init URL' if it is new":
        "无法读取中心库（{error}）；如果是新库，请执行 'mediator central init URL'",
    "the central store has no record of this node although it synced before: the central store was restored from an older dump; nothing was sent":
        "本节点曾经同步过，但中心库没有它的记录：中心库是从较旧的转储恢复的；未发送任何数据",
    "the central store has schema version {found}, newer than this program's {ours}; update Mediator":
        "中心库的结构版本为 {found}，比本程序的 {ours} 新；请更新 Mediator",
    "the central store has schema version {found}, older than this program's {ours}; ask the administrator to run 'mediator central init URL'":
        "中心库的结构版本为 {found}，比本程序的 {ours} 旧；请管理员执行 'mediator central init URL'",
    "the central store is missing changes it acknowledged from this node (it has {central}, the node {local}): it was restored from an older dump; nothing was sent":
        "中心库缺少已确认收到的本节点修改（中心为 {central}，本节点为 {local}）：中心库是从较旧的转储恢复的；未发送任何数据",
    "the central store is not initialised; run 'mediator central init URL'": "中心库尚未初始化；请执行 'mediator central init URL'",
    "the central store is not the one this node synced with (generation {found}, expected {known}): it was replaced or restored; nothing was sent":
        "这不是本节点同步过的中心库（世代标识 {found}，应为 {known}）：中心库被更换或恢复过；未发送任何数据",
    "the journal names tables this program does not sync: {tables}": "同步日志中有本程序不同步的表：{tables}",
    "this node is not registered at the central store with its current epoch": "本节点未以当前纪元在中心库登记",
    "this node's database is not the one the central store knows (epoch differs): it was copied or restored; nothing was sent":
        "本节点的数据库不是中心库所知的那一个（纪元不同）：它被复制或恢复过；未发送任何数据",
    "this node's database is older than what the central store received from it (central has change {central}, this database only {local}): it was restored from a backup; nothing was sent":
        "本节点的数据库比中心库已收到的还旧（中心已有第 {central} 号修改，本库只到 {local}）：它是从备份恢复的；未发送任何数据",
    "update required: the central store has schema version {found} and this program knows {ours}; keep working offline and install the new Mediator":
        "需要更新：中心库的结构版本为 {found}，本程序只支持 {ours}；可继续离线工作，请安装新版 Mediator",
    "{office} node {node}: acknowledged change {seq}, last push {push}, last pull {pull}":
        "{office} 节点 {node}：已确认修改 {seq}，最近发送 {push}，最近取回 {pull}",
}
