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
    # re-basing after restores (mediator/sync/rebase*.py)
    "after a restore of this computer's database or of the central store was detected: re-base and go on (nothing on this computer is deleted)":
        "发现本机数据库或中心库曾从备份恢复后：重新定基并继续同步（本机数据一概不删）",
    "the central store is behind what this node already fetched from it (this node read up to position {position}): it was restored from an older copy; nothing was sent":
        "中心库落后于本节点已从中取回的内容（本节点已读到位置 {position}）：中心库是从较旧的副本恢复的；未发送任何数据",
    "this node's changes {first} to {last} are not the ones the central store received from it: it was restored from a backup and changed since; nothing was sent":
        "本节点第 {first} 至 {last} 号修改与中心库从本节点收到的不一致：本机数据库是从备份恢复的，之后又有修改；未发送任何数据",
    "this computer's database had been restored from a backup and was re-based (it now syncs as a new node, took back this office's records from the central store and sent the changes made since the restore); ":
        "本机数据库曾从备份恢复，已重新定基（现以新节点身份同步，已从中心库取回本单位的记录，并发送了恢复之后的修改）；",
    "the central store had been restored from an older copy and was re-based (this computer sent again every record it lacked); ":
        "中心库曾从较旧的副本恢复，已重新定基（本机已重新发送中心库缺少的全部记录）；",
    "; to re-base and go on, run 'mediator sync --rebase' or press Re-base now on the Sync page (nothing on this computer is deleted)":
        "；如要重新定基并继续，请执行 'mediator sync --rebase'，或在“同步”页面按“立即重新定基”（本机数据一概不删）",
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

# the conflict inbox, the reject list and per-case sync state (sync/inbox*.py)
MESSAGES |= {
    "A {role} may not resolve sync conflicts of this kind; allowed: {allowed}": "{role}不能解决此类同步冲突；可以解决的是：{allowed}",
    "choice: must be 'central' or 'mine'": "选择：只能是“central”（中心库的版本）或“mine”（本机的版本）",
    "sync conflict {id} not found": "找不到同步冲突 {id}",
    "this sync conflict was already resolved": "此同步冲突已经解决",
    "the row of this sync conflict is missing on this computer": "本机上找不到此同步冲突涉及的记录",
    "this program does not know the table {table} of this sync conflict": "本程序不认识此同步冲突涉及的表 {table}",
    "sync conflict on {what}: the central store's version was kept (differing: {fields})":
        "{what}的同步冲突：保留了中心库的版本（不同之处：{fields}）",
    "sync conflict on {what}: this computer's version was kept and will be sent (differing: {fields})":
        "{what}的同步冲突：保留了本机的版本，下次同步时发送（不同之处：{fields}）",
    "no field": "无",
    "no": "否",
    "case {case_no}": "案件{case_no}",
    "{role} {name}": "{role}{name}",
    "claim {seq}": "第{seq}项请求",
    "user {name}": "用户{name}",
    "{amount} yuan": "{amount}元",
    "case number {case_no} is already used at the central store by another case; this case was not accepted there":
        "案号 {case_no} 在中心库已被另一个案件使用，本案未被中心库接收",
    "{what} was not accepted: the central store already has the same record": "{what}未被中心库接收：中心库已有相同的记录",
    "{what} was not accepted: the record it belongs to was refused or is missing at the central store":
        "{what}未被中心库接收：它所属的记录被拒绝或在中心库中不存在",
    "{what} was not accepted: this office may not write it (it belongs to another office or to the federation)":
        "{what}未被中心库接收：本调解组织无权写入（属于其他调解组织或市总工会）",
    "{what} was not accepted: a required value is missing": "{what}未被中心库接收：缺少必填的内容",
    "{what} was not accepted by the central store ({reason})": "{what}未被中心库接收（{reason}）",
    "Case {case_no}: {text}": "案件 {case_no}：{text}",
    "refused by the central store": "被中心库拒绝",
    "{count} conflicting records: choose a version below": "{count} 条记录有冲突：请在下方选择保留哪个版本",
    "{count} changes waiting to be sent": "{count} 项修改待发送",
}

# offline sync bundles (sync/bundle*.py, cli/bundles.py)
MESSAGES |= {
    "office {code} is not registered at the central store; run 'mediator central add-office URL {code}' first":
        "单位 {code} 尚未在中心库登记；请先执行 'mediator central add-office URL {code}'",
    'bundle {file} imported for office {code}: pushed {pushed} rows in {batches} batches, {replayed} batches already there; {conflicts} conflicts, {rejects} rejected':
        '同步包 {file} 已导入（单位 {code}）：写入 {pushed} 条记录，共 {batches} 批，{replayed} 批此前已导入；冲突 {conflicts} 条，被拒绝 {rejects} 条',
    "the central store has schema version {found} and this program {ours}; run 'mediator central init URL' with the matching Mediator first":
        "中心库的结构版本为 {found}，本程序为 {ours}；请先用相应版本的 Mediator 执行 'mediator central init URL'",
    'bundle {file} was made by a Mediator with central schema version {found}, the central store has {ours}: the office must install the matching Mediator and export again; nothing was imported':
        '同步包 {file} 由中心库结构版本为 {found} 的 Mediator 生成，中心库为 {ours}：请该单位安装相应版本的 Mediator 后重新导出；未导入任何内容',
    'bundle {file} is from office {code}, which is not registered at the central store; nothing was imported':
        '同步包 {file} 来自单位 {code}，该单位尚未在中心库登记；未导入任何内容',
    "office {code} has no bundle key at the central store, so bundle {file} cannot be checked: issue one with 'mediator central bundle-key URL {code}'; nothing was imported":
        "中心库没有单位 {code} 的同步包密钥，无法核验同步包 {file}：请用 'mediator central bundle-key URL {code}' 签发；未导入任何内容",
    'bundle {file} was made by a node that synced with another central store (generation {found}, this one is {ours}): it was replaced or restored; nothing was imported':
        '同步包 {file} 的节点曾与另一个中心库同步（世代标识 {found}，本中心库为 {ours}）：中心库已被替换或恢复；未导入任何内容',
    'bundle {file} comes from a node database that is not the one the central store knows (epoch differs): it was copied or restored; nothing was imported':
        '同步包 {file} 所来自的节点数据库不是中心库所知的那一个（纪元不同）：该数据库被复制或恢复过；未导入任何内容',
    'bundle {file}: the central store is missing changes it acknowledged from this node (it has {central}, the node {local}): it was restored from an older dump; nothing was imported':
        '同步包 {file}：中心库缺少已向该节点确认过的修改（中心库到 {central}，节点为 {local}）：中心库是从较旧的转储恢复的；未导入任何内容',
    'bundle {file} holds changes up to {last} that disagree with what the central store already received from this node (up to change {central}): the node was restored from a backup; nothing was imported':
        '同步包 {file} 中截至 {last} 的修改与中心库已从该节点收到的内容（截至修改 {central}）不一致：该节点是从备份恢复的；未导入任何内容',
    'bundle {file}: office code {code} is registered at the central store for another office database; nothing was imported':
        '同步包 {file}：单位代码 {code} 在中心库中已登记给另一个单位数据库；未导入任何内容',
    'bundle {file}: the central store has no record of this node although it synced before: the central store was restored from an older dump; nothing was imported':
        '同步包 {file}：该节点以前同步过，但中心库没有它的记录：中心库是从较旧的转储恢复的；未导入任何内容',
    "the row belongs to another office than the bundle's": '该记录属于同步包所属单位以外的单位',
    'bundle {file} has invalid content ({detail}); nothing was imported': '同步包 {file} 内容无效（{detail}）；未导入任何内容',
    'bundle {file} is damaged or incomplete (cut short while copying?): {detail}; nothing was imported':
        '同步包 {file} 已损坏或不完整（复制时被截断？）：{detail}；未导入任何内容',
    'bundle {file} has format version {found}; this Mediator reads version {ours}: install the newer Mediator; nothing was imported':
        '同步包 {file} 的格式版本为 {found}，本 Mediator 只能读取版本 {ours}：请安装新版 Mediator；未导入任何内容',
    'cannot write the bundle {file}: {error}': '无法写入同步包 {file}：{error}',
    'bundle {file} does not carry a valid signature of office {code}: it was changed after export, damaged, or signed with another key; nothing was imported':
        '同步包 {file} 没有单位 {code} 的有效签名：导出后被修改、已损坏，或用了别的密钥签名；未导入任何内容',
    '{file} is not a Mediator sync bundle; nothing was imported': '{file} 不是 Mediator 同步包；未导入任何内容',
    'bundle {file} cannot be read: {error}': '无法读取同步包 {file}：{error}',
    'this computer has no usable password keyring, so the bundle key cannot be remembered; it is asked at each export (schedulers can set {env})':
        '本机没有可用的密码钥匙串，无法记住同步包密钥；每次导出都会询问（计划任务可设置 {env}）',
    "bundle key: not a valid key (it has 9 groups of 4 letters and digits, as printed by 'mediator central add-office'); check for a typing mistake":
        "同步包密钥：不是有效的密钥（应为 'mediator central add-office' 打印的 9 组、每组 4 个字母或数字）；请检查是否输错",
    "bundle {file} written: {rows} rows in {batches} batches (changes up to {last}) of office {code}; import it at the federation with 'mediator sync --import FILE --central URL'":
        "已写入同步包 {file}：单位 {code} 的 {rows} 条记录，共 {batches} 批（截至修改 {last}）；请在联合会用 'mediator sync --import FILE --central URL' 导入",
    "new bundle key of office {code} (shown only this once; the office types it at its next 'mediator sync --export FILE'; the old key no longer works): {key}":
        "单位 {code} 的新同步包密钥（只显示这一次；该单位在下次 'mediator sync --export FILE' 时输入；旧密钥从此失效）：{key}",
    "write this node's unsent changes to a signed bundle FILE (offices without a connection)":
        '把本机尚未发送的修改写入签名的同步包 FILE（供无法联网的单位使用）',
    "apply an office's bundle FILE to the central store given with --central":
        '把单位的同步包 FILE 导入 --central 指定的中心库',
    "with --export: ask for the office's bundle key even if this computer keeps one (after the federation issued a new key)":
        '与 --export 同用：即使本机已保存同步包密钥也重新询问（联合会签发了新密钥之后）',
    'issue a new bundle key for an office (its old key stops working)': '为单位签发新的同步包密钥（旧密钥随即失效）',
    '--new-key goes with --export': '--new-key 须与 --export 同用',
    '--export writes a file for an office without a connection; leave out --central':
        '--export 为无法联网的单位写出文件；请不要同时给出 --central',
    "bundle key of office {code} (printed by 'mediator central add-office'): ":
        "单位 {code} 的同步包密钥（由 'mediator central add-office' 打印）：",
    'importing a bundle needs the central store: add --central URL': '导入同步包需要中心库：请加上 --central URL',
    'this computer has no bundle key of office {code}: type it at the prompt, or set {env}':
        '本机没有单位 {code} 的同步包密钥：请在提示处输入，或设置 {env}',
    "bundle key of office {code} for offline sync bundles (shown only this once; the office types it at its first 'mediator sync --export FILE'): {key}":
        "单位 {code} 的离线同步包密钥（只显示这一次；该单位在首次 'mediator sync --export FILE' 时输入）：{key}",
}

LABELS: dict[str, str] = {
    "action.sync_resolve": "解决同步冲突",
    "party_kind.person": "自然人", "party_kind.organisation": "单位",
    "period_basis.received": "自收到申请之日起算", "period_basis.accepted": "自受理之日起算",
    # tables (what a conflicting or refused record is)
    "table.offices": "调解组织", "table.users": "用户", "table.nodes": "电脑（节点）", "table.dispute_causes": "争议原因",
    "table.holiday_years": "节假日年度", "table.holiday_days": "节假日", "table.mediator_links": "调解员关系登记",
    "table.case_number_blocks": "案号段", "table.cases": "案件", "table.parties": "当事人", "table.claims": "请求事项",
    "table.case_mediators": "调解员指派", "table.extensions": "延期", "table.hearings": "调解会记录",
    "table.agreements": "调解协议", "table.agreement_terms": "协议条款", "table.payments": "履行付款",
    "table.follow_up_visits": "回访记录", "table.recusal_requests": "回避申请", "table.attachments": "附件",
    "table.print_records": "打印记录", "table.audit_events": "操作记录", "table.published_templates": "联合会发布的文书模板",
    # columns the general field labels do not name (column.<table>.<name> wins over column.<name>)
    "column.deleted_at": "作废时间", "column.code": "代码", "column.short_name": "简称", "column.kind": "类型",
    "column.period_basis": "调解期限起算", "column.period_days": "调解期限天数", "column.extensions_allowed": "允许延期",
    "column.extension_max_days": "最长延期天数", "column.login": "登录名", "column.role": "角色",
    "column.parties.role": "身份", "column.parties.kind": "当事人类型", "column.password_hash": "密码（加密）",
    "column.active": "在用", "column.can_view_ids": "可查看完整证件号码", "column.epoch": "同步纪元",
    "column.registered_at": "登记时间", "column.name_zh": "中文名称", "column.name_en": "英文名称",
    "column.parent_code": "上级代码", "column.payment_order": "可申请支付令", "column.sort_order": "排列顺序",
    "column.year": "年度", "column.confirmed": "已确认", "column.source": "来源", "column.day": "日期",
    "column.is_working_day": "调休上班日", "column.user_id": "用户", "column.counterpart_name": "关系人姓名",
    "column.counterpart_id_number": "关系人证件号码", "column.relation": "关系", "column.node_id": "电脑（节点）",
    "column.first_seq": "起始号", "column.last_seq": "截止号", "column.next_seq": "下一个号",
    "column.case_no": "案号", "column.case_year": "案号年度", "column.case_seq": "案号序号",
    "column.previous_status": "原状态", "column.is_collective": "集体争议", "column.claimed_total_fen": "请求金额合计",
    "column.worker_count": "劳动者人数", "column.rejection_reason": "不予受理理由",
    "column.other_party_consented": "对方同意调解", "column.end_reason_code": "终止原因",
    "column.end_reason": "终止说明", "column.acceptance_due_on": "受理期限届满日",
    "column.mediation_due_on": "调解期限届满日", "column.limitation_due_on": "仲裁时效届满日",
    "column.deadlines_provisional": "期限为暂定", "column.closing_note": "结案说明", "column.registered_by": "登记人",
    "column.lead_mediator_id": "主办调解员", "column.acknowledged_warnings": "已确认的提示",
    "column.position": "排列位置", "column.represents_id": "被代理人", "column.seq": "序号",
    "column.cause_code": "争议原因", "column.amount_fen": "金额", "column.is_lead": "主办",
    "column.assigned_on": "指派日期", "column.link_warning": "关系提示", "column.granted_on": "批准日期",
    "column.hearings.place": "调解地点", "column.mediator_ids": "调解员", "column.recorder_id": "记录人",
    "column.present": "到场人员", "column.invited": "邀请人员", "column.applicant_statement": "申请人陈述",
    "column.respondent_statement": "被申请人陈述", "column.record_text": "调解笔录",
    "column.applicant_signed_on": "申请人签字日期", "column.respondent_signed_on": "被申请人签字日期",
    "column.mediator_signed_on": "调解员签字日期", "column.sealed_on": "盖章日期", "column.effective_on": "生效日期",
    "column.agreed_total_fen": "协议金额合计", "column.review_due_on": "仲裁审查申请截止日",
    "column.confirmation_due_on": "司法确认申请截止日", "column.enforcement_route": "效力确认途径",
    "column.enforcement_on": "效力确认日期", "column.agreement_id": "调解协议", "column.payer_party_id": "付款人",
    "column.payee_party_id": "收款人", "column.payment_order_eligible": "可申请支付令", "column.paid_fen": "已付金额",
    "column.performed_on": "履行完毕日期", "column.term_id": "协议条款", "column.receipt_ref": "收据编号",
    "column.visitor_id": "回访人", "column.satisfaction": "满意度", "column.new_risks": "新的风险",
    "column.mediator_id": "调解员", "column.requested_on": "申请日期", "column.decided_by": "决定人",
    "column.decision_reason": "决定理由", "column.filename": "文件名", "column.sha256": "文件校验值",
    "column.size": "大小（字节）", "column.stored_path": "保存位置", "column.template_version": "模板版本",
    "column.content_hash": "内容校验值", "column.print_no": "打印序号", "column.is_copy": "副本",
    "column.printed_at": "打印时间", "column.subject": "打印对象", "column.output_format": "输出格式",
    "column.node_seq": "节点序号", "column.at": "时间", "column.user_name": "操作人", "column.action": "操作",
    "column.entity": "对象", "column.entity_id": "对象标识", "column.changes": "变更内容",
    "column.prev_hash": "上一条校验值", "column.hash": "校验值", "column.parties.name": "姓名/名称",
}
