"""Chinese for the services' messages, the state table's, and the names of input fields."""

MESSAGES = {
    # domain/agreement_rules.py
    "is required in a settlement agreement": "调解协议书必须载明此项",
    "must be stated expressly (write 无 if no right is given up)": "必须明确载明（未放弃任何权利的写“无”）",
    "needs at least one entry": "至少需要一项",
    "must be one of {choices}": "必须是以下之一：{choices}",
    "must be more than zero": "必须大于零",
    "must differ from the payer": "不能与付款人相同",
    "at least {n}: one per party and one for the file": "至少{n}份：每方当事人各一份，调解组织留存一份",
    # domain/states.py
    "A {role} may not {action}; allowed: {allowed}": "{role}无权{action}；可由{allowed}办理",
    "Case {case_no} is closed; the chair must reopen it first": "案件{case_no}已结案，须由主任重新开启后才能办理",
    "Case {case_no} is {status}: cannot {action} (allowed from: {sources})":
        "案件{case_no}当前为“{status}”，不能{action}（仅限：{sources}）",
    # services/agreements.py
    "no term {seq} in this agreement": "本协议没有第{seq}项条款",
    "must be more than zero and at most the {outstanding} fen outstanding": "必须大于零且不超过尚欠的{outstanding}分",
    "no term is overdue yet": "尚无逾期未履行的条款",
    "The worker may apply for labour arbitration (Art. 15).": "劳动者可以依法申请劳动争议仲裁（调解仲裁法第十五条）。",
    "Terms {terms} qualify for a payment order (支付令) from the court (Art. 16).":
        "第{terms}项条款可以依法向人民法院申请支付令（调解仲裁法第十六条）。",
    "the agreement already went to {route}; only one route is allowed": "该协议已申请{route}，只能选择一种途径",
    "the window for arbitral review closed on {due}": "申请仲裁审查的期限已于{due}届满",
    "the window for judicial confirmation closed on {due}": "申请司法确认的期限已于{due}届满",
    "arbitral review is refused for an agreement that only confirms a labour relationship":
        "仅确认劳动关系的调解协议不予仲裁审查",
    "no unpaid term qualifies for a payment order": "没有可以申请支付令的未履行条款",
    # services/audit.py
    "event {seq} is missing from the chain": "审计链缺少第{seq}条记录",
    "does not link to the previous event": "与上一条记录不衔接",
    "content was changed after it was recorded": "记录内容在写入后被改动",
    # services/cases.py, common.py, context.py
    "unknown dispute cause {code}": "未知的争议原因代码{code}",
    "same applicant and employer as open case(s) {cases}": "与未结案件{cases}的申请人和用人单位相同",
    "confirm the warnings above by setting acknowledge_warnings": "如确认无误，请设置 acknowledge_warnings 确认以上提示",
    "no case {case_no}": "没有案件{case_no}",
    "{name} is not assigned to case {case_no}": "{name}不是案件{case_no}的承办调解员",
    "{path} has no office yet; run 'mediator init' first": "{path}尚未设置调解组织，请先运行“mediator init”",
    # services/fields.py
    "must be true or false": "必须是 true 或 false",
    "is required": "必须填写",
    "must be a list of objects": "必须是对象列表",
    "must be text": "必须是文字",
    "is too long ({n} characters, at most {max})": "过长（{n}个字符，最多{max}个）",
    "{value} is not a real date (YYYY-MM-DD)": "{value}不是有效日期（格式：年-月-日）",
    "{value} is not a real date and time (YYYY-MM-DDTHH:MM)": "{value}不是有效的日期时间（格式：年-月-日T时:分）",
    # services/hearings.py
    "needs a time zone": "需要时区",
    "must be after the start": "必须晚于开始时间",
    "the parties' rights and duties must be explained at a hearing": "调解时必须告知当事人权利义务",
    "assign a mediator to the case first": "请先为案件指派调解员",
    # services/intake.py
    "must be a JSON object": "必须是 JSON 对象",
    "lies in the future": "不能晚于今天",
    "is before the application time": "早于申请时间",
    "must be 'respondent' or 'applicant:N' naming an applicant": "必须是“respondent”或指向某一申请人的“applicant:序号”",
    "a collective dispute needs at least {n} workers": "集体劳动争议的劳动者须在{n}人以上",
    "a collective case needs its elected representatives marked (is_representative)":
        "集体争议案件须标明推举的代表人（is_representative）",
    "{n} representatives marked; practice is 3 to 5": "标明了{n}名代表人；实践中一般为3至5名",
    "differs from the birth date in the ID number ({date})": "与身份证号码中的出生日期（{date}）不一致",
    "no phone or address: the office cannot reach this person": "没有电话和地址：调解组织无法联系此人",
    # services/lifecycle.py
    "the applicant's consent must be recorded": "须记录申请人的同意",
    "the respondent's consent must be recorded": "须记录被申请人的同意",
    "must be between 1 and {max}": "必须在1至{max}之间",
    "this office allows {n} extension(s) per case": "本调解组织每案最多延期{n}次",
    "the mediation period runs until {due}; it has not expired": "调解期限至{due}，尚未届满",
    "is before the application was received": "早于收到申请的日期",
    "{counterpart}: {relation}": "{counterpart}：{relation}",
    "{login} is a {role}, not a mediator": "{login}是{role}，不是调解员",
    "must be one of the assigned mediators": "必须是已指派的调解员之一",
    "recorded link to a party: {link}": "与当事人有登记在案的关联：{link}",
    # services/queries.py, recusal.py, setup.py, users.py
    "{name} and {n} others": "{name}等{n}人",
    "no recusal request {id}": "没有回避申请{id}",
    "{path} already holds an office": "{path}已设置调解组织",
    "is required (at most 32 characters)": "必须填写（最多32个字符）",
    "wrong password for {login}": "{login}的密码错误",
    "use letters, digits, '.', '_' or '-' (at most 64)": "只能使用字母、数字、“.”、“_”或“-”（最多64个）",
    "must have at least 6 characters": "至少6个字符",
    "user {login} already exists": "用户{login}已存在",
    "only the chair may add users": "只有主任可以添加用户",
    "no active user {login}": "没有在用的用户{login}",
}

LABELS = {
    # input field path segments (see mediator.i18n.field_label)
    "applicants": "申请人", "respondent": "被申请人", "agents": "委托代理人", "claims": "请求事项",
    "terms": "协议条款", "signed": "签署日期", "name": "姓名/名称", "sex": "性别", "ethnicity": "民族",
    "birth_date": "出生日期", "id_type": "证件类型", "id_number": "身份证号码", "phone": "手机号码",
    "landline": "固定电话", "address": "住址", "employer": "工作单位", "employer_name": "工作单位", "job": "岗位",
    "credit_code": "统一社会信用代码", "legal_rep": "法定代表人", "legal_rep_title": "法定代表人职务",
    "ownership_type": "所有制类型", "industry": "行业", "authority": "代理权限", "represents": "被代理人",
    "is_representative": "代表人", "cause": "争议原因", "description": "内容", "amount": "金额",
    "application_kind": "申请方式", "applied_at": "申请时间", "received_on": "收到申请日期", "facts": "事实与理由",
    "infringement_known_on": "知道权利受侵害日期", "employment_ended_on": "劳动关系终止日期",
    "employment_ongoing": "劳动关系存续", "collective": "集体争议", "acknowledge_warnings": "确认提示",
    "duplicate": "重复案件", "dispute_summary": "争议事项", "applicant_claims": "申请人请求",
    "respondent_position": "被申请人意见", "waived_rights": "放弃的权利", "copies": "协议份数",
    "payer": "付款人", "payee": "收款人", "due_on": "履行期限", "method": "支付方式", "place": "履行地点",
    "applicant": "申请人", "mediator": "调解员", "seal": "调解组织盖章", "reason": "理由", "reason_code": "终止原因",
    "note": "说明", "days": "延期天数", "applicant_consent": "申请人同意情况", "respondent_consent": "被申请人同意情况",
    "mediators": "调解员", "lead": "主办调解员", "accepted_on": "受理日期", "decided_on": "决定日期",
    "ended_on": "终结日期", "closed_on": "结案日期", "paid_on": "支付日期", "term": "条款", "route": "途径",
    "on": "日期", "visited_on": "回访日期", "performance_status": "履行情况", "requested_by": "申请人",
    "decision": "决定", "starts_at": "开始时间", "ends_at": "结束时间", "outcome": "结果",
    "rights_explained": "权利义务告知", "case_number_format": "案号格式", "status": "状态", "sort": "排序",
    "office.code": "调解组织代码", "office.name": "调解组织名称", "office.kind": "调解组织类型",
    "user.login": "登录名", "user.name": "姓名", "user.role": "角色", "user.password": "密码",
}
