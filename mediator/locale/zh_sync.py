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
    # credentials and PostgreSQL roles (issue 5)
    "SQLite central store: no database roles or row-level security; whoever can open the file reads and writes every office's rows":
        'SQLite 中心库：没有数据库角色和行级安全；能打开该文件的人可以读写所有单位的记录',
    'roles: {office} (every office login; row-level security limits it to its own office), {federation} (reads everything)':
        '角色：{office}（各单位登录账号所属；行级安全限制其只能访问本单位数据），{federation}（可读取全部数据）',
    'database login for office {code} (shown only this once; hand it to the office):':
        '单位 {code} 的数据库登录账号（只显示这一次，请交给该单位）：',
    "at the office's first sync, run 'mediator sync --central {url}': it asks for this password and keeps it in the computer's keyring":
        "该单位首次同步时执行 'mediator sync --central {url}'：程序会询问此密码，并保存到本机的密码钥匙串中",
    'SQLite central store: no database roles or row-level security':
        'SQLite 中心库：没有数据库角色和行级安全',
    'roles: {office} (offices, row-level security), {federation} (reads everything)':
        '角色：{office}（各单位，行级安全），{federation}（可读取全部数据）',
    'note: {message}':
        '提示：{message}',
    'password for {user} at {url}: ':
        '{url} 上用户 {user} 的密码：',
    'no password given for the central store {url}':
        '未输入中心库 {url} 的密码',
    'user: {role}':
        '用户名：{role}',
    'password: {password}':
        '密码：{password}',
    'central store URL: {url}':
        '中心库地址：{url}',
    'the central store {url} needs a password: type it at the prompt, or set {env} for scheduled syncs':
        '中心库 {url} 需要密码：请在提示时输入，定时同步请设置 {env}',
    '; the password kept in the keyring was refused and has been forgotten: run sync again to type the new one':
        '；钥匙串中保存的密码被拒绝，已删除：请再次执行同步并输入新密码',
    'sync failed: {error}':
        '同步失败：{error}',
    '; the central store refused the password':
        '；中心库拒绝了该密码',
    "this computer has no usable password keyring, so the central store's password cannot be remembered; it is asked each time (schedulers can set MEDIATOR_CENTRAL_PASSWORD)":
        '本机没有可用的密码钥匙串，无法记住中心库的密码；每次同步都会询问（定时任务可设置 MEDIATOR_CENTRAL_PASSWORD）',
    'cannot connect to the central store {url}: {error}':
        '无法连接中心库 {url}：{error}',
    'database roles and row-level security exist only on a PostgreSQL central store':
        '数据库角色和行级安全只在 PostgreSQL 中心库上提供',
    'office code {code} makes a database role name longer than {n} characters':
        '单位代码 {code} 生成的数据库角色名超过 {n} 个字符',
    "cannot set up the central store's roles ({error}); the user in the URL needs the CREATEROLE privilege and must own the central tables":
        '无法设置中心库的角色（{error}）；地址中的用户需要 CREATEROLE 权限，并且必须是中心库各表的所有者',
    "cannot create the office's database role ({error})":
        '无法创建该单位的数据库角色（{error}）',
    "the central store's roles are missing; run 'mediator central init URL' first":
        "中心库的角色不存在；请先执行 'mediator central init URL'",
    'the database role {role} exists already; drop it or choose another office code':
        '数据库角色 {role} 已存在；请删除它或换一个单位代码',
    # reference data and case-number blocks (sync/reference.py, sync/numbering.py)
    "{where}: unknown columns {columns} for {table}": "{where}：{table} 没有这些列：{columns}",
    "{where}: {column} is required": "{where}：{column} 为必填项",
    "{where}: {column} must be a date (YYYY-MM-DD), not {value}": "{where}：{column} 必须是日期（YYYY-MM-DD），而不是 {value}",
    "{table} is not federation reference data; publishable: {tables}": "{table} 不是总工会发布的基础数据；可发布的有：{tables}",
    "{path}: cannot be read as JSON ({error})": "{path}：无法按 JSON 读取（{error}）",
    "{path}: every cause needs code and name_zh": "{path}：每个案由都需要 code 和 name_zh",
    "{path}: expected a list of rows or an object with a causes list": "{path}：应为行的列表，或含 causes 列表的对象",
    "no case number of {year} is left for this computer: sync with the central store, then register again (several computers of one office take case numbers in reserved blocks)":
        "本机已没有 {year} 年的案号可用：请先与中心库同步，再重新登记（同一调解组织的多台电脑按预留号段取案号）",
    "only {count} case numbers of {year} are left on this computer; sync with the central store soon":
        "本机只剩 {count} 个 {year} 年的案号；请尽快与中心库同步",
}
