"""Chinese catalog for the domain rules: amounts, identity checks, deadlines and case numbers."""

MESSAGES: dict[str, str] = {
    # money
    "Enter an amount": "请输入金额",
    "“{value}” is not an amount": "“{value}”不是有效的金额",
    "The amount cannot be negative": "金额不能为负数",
    "An amount has at most two decimal places (fen)": "金额最多保留两位小数（精确到分）",
    "The amount is too large": "金额过大",
    # identity and contact checks
    "Enter an ID number": "请输入身份证号码",
    "An ID number is 17 digits followed by a digit or X": "身份证号码应为17位数字加1位数字或X",
    "A 15-digit ID number has digits only": "15位身份证号码只能由数字组成",
    "An ID number has 18 characters, not {count}": "身份证号码应为18位，现为{count}位",
    "The birth date {digits} in the ID number does not exist": "身份证号码中的出生日期{digits}不存在",
    "The birth date {birth} in the ID number is in the future": "身份证号码中的出生日期{birth}晚于今天",
    "This is a first-generation 15-digit ID number, no longer valid since 2013":
        "这是15位第一代身份证号码，已于2013年起停止使用",
    "The last character should be {expected}: the number may be mistyped":
        "校验位应为{expected}，号码可能输入有误",
    "The ID number starts with an unknown region code {code}": "身份证号码的地区码{code}无法识别",
    "The holder is {age} years old, under the minimum working age of 16": "持证人{age}岁，未满16周岁最低就业年龄",
    "Enter a credit code": "请输入统一社会信用代码",
    "A credit code has 18 characters (or 15 digits for a sole trader), not {count}":
        "统一社会信用代码应为18位（个体工商户可为15位注册号），现为{count}位",
    "A credit code cannot contain {chars}": "统一社会信用代码不能包含{chars}",
    "The last character should be {expected}: the code may be mistyped": "校验位应为{expected}，代码可能输入有误",
    "Enter a mobile number": "请输入手机号码",
    "A mobile number is 11 digits starting with 13 to 19": "手机号码应为以13至19开头的11位数字",
    "Enter a landline number": "请输入固定电话号码",
    "Enter the landline with its area code, e.g. 010-62345678": "请填写带区号的固定电话，如010-62345678",
    # deadlines
    "{n} working days after receipt on {date}": "收到申请之日（{date}）后第{n}个工作日",
    "{days} days after receipt on {date}": "自收到申请之日（{date}）起{days}日",
    "{days} days after acceptance on {date}": "自受理之日（{date}）起{days}日",
    ", extended by {days} days": "，延长{days}日",
    "{days} days after the agreement took effect on {date}": "自调解协议生效之日（{date}）起{days}日",
    "1 year after the worker knew of the infringement on {date}": "自劳动者知道或应当知道权利被侵害之日（{date}）起1年",
    "1 year after the last interruption on {date}": "自最近一次时效中断之日（{date}）起重新计算1年",
    "; {last} is a rest day, so the period ends on the next working day, {due}":
        "；{last}为休息日，期限顺延至下一个工作日{due}",
    " (official {years} schedule)": "（依据{years}年国务院放假安排）",
    " (provisional: no official {years} schedule)": "（暂定：{years}年放假安排尚未公布）",
    "the agreed due date {date}": "协议约定的履行期限{date}",
    # case numbers
    "Enter a case number format": "请输入案号格式",
    "A case number format has at most {max} characters": "案号格式最多{max}个字符",
    "The braces in the case number format do not match": "案号格式中的大括号不配对",
    "Unknown placeholder {placeholder}; use {allowed}": "无法识别的占位符{placeholder}，可用的占位符为{allowed}",
    "{placeholder} cannot be formatted as “{spec}”": "占位符{placeholder}不能使用格式“{spec}”",
    "The case number format must contain {placeholder}": "案号格式必须包含{placeholder}",
}

LABELS: dict[str, str] = {
    "case_number_format": "案号格式",
    "deadline.acceptance": "受理期限",
    "deadline.mediation": "调解期限",
    "deadline.performance": "履行期限",
    "deadline.review": "仲裁审查申请期限",
    "deadline.confirmation": "司法确认申请期限",
    "deadline.limitation": "仲裁时效",
    "deadline.overdue": "已逾期",
    "deadline.due_today": "今日到期",
    "deadline.due_soon": "即将到期",
    "deadline.pending": "未到期",
    "sex.male": "男",
    "sex.female": "女",
    "credit.credit_code": "统一社会信用代码",
    "credit.registration_number": "注册号",
}
