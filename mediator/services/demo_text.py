"""What the demo's disputes are about: the kinds of labour dispute a township office sees, with
varied facts templates, the claims (cause code, wording, amount in fen) and the phrases used in
agreements, hearings and terminations. Amounts follow the wage level of the year received."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field


@dataclass
class Dispute:
    kind: str
    facts: str
    claims: list[tuple[str, str, int | None]]
    summary: str
    position: str
    known_on: dt.date | None = None
    ended_on: dt.date | None = None
    ongoing: bool = False
    extras: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Worker:
    """What a facts template needs to know about the applicant side."""

    name: str
    job: str
    employer: str
    received: dt.date
    count: int = 1
    reps: str = ""


# (kind, weight for single cases, weight for collective cases)
KINDS = (
    ("wages", 30, 80), ("overtime", 9, 0), ("dismissal", 12, 0), ("compensation", 8, 10), ("no_contract", 7, 0),
    ("social_insurance", 8, 10), ("injury", 7, 0), ("relationship", 4, 0), ("minimum_wage", 2, 0), ("bonus", 3, 0),
    ("leave", 3, 0), ("training", 1, 0), ("deposit", 2, 0), ("silicosis", 0.3, 0),
)

KIND_CAUSES = {
    "wages": ("0801",), "overtime": ("0802",), "dismissal": ("11",), "compensation": ("10",), "no_contract": ("0201",),
    "social_insurance": ("05",), "injury": ("0901", "0902"), "relationship": ("01",), "minimum_wage": ("0803",),
    "bonus": ("0804",), "leave": ("04",), "training": ("06",), "deposit": ("99",), "silicosis": ("07",),
}

RESPONDENT_POSITIONS = {
    "wages": ("承认拖欠工资的事实，但称资金周转困难，请求分期支付。", "对欠薪数额无异议，同意尽快支付。",
              "称工程款尚未结算，待发包方付款后再支付工资。"),
    "overtime": ("对加班时长有异议，认为部分加班系申请人自愿，同意支付部分加班费。", "认为已按计件工资包含加班费，不同意另行支付。"),
    "dismissal": ("认为申请人严重违反公司规章制度，解除合法。", "同意协商解决，愿意支付一定补偿。"),
    "compensation": ("承认因经营调整解除劳动合同，同意支付经济补偿，但对工作年限有异议。", "称企业经营困难，请求减少补偿数额。"),
    "no_contract": ("称申请人本人拒绝签订劳动合同，不同意支付二倍工资。", "同意适当补偿。"),
    "social_insurance": ("同意为申请人补缴社会保险费，但要求申请人承担个人缴费部分。", "称申请人入职时自愿放弃购买社保。"),
    "injury": ("对受伤事实无异议，但认为医疗费数额过高。", "同意承担医疗费，停工留薪期工资待协商。"),
    "relationship": ("认为双方系劳务关系，不是劳动关系。", "同意出具工作证明。"),
    "default": ("同意调解，愿意协商解决。", "对申请人的请求部分认可。"),
}
WAIVERS = ("无", "申请人放弃其他请求。", "双方就本争议再无其他纠纷，申请人放弃其余请求。", "申请人放弃加班费以外的其他请求。")


def yuan(fen: int) -> str:
    return f"{fen // 100}元" if fen % 100 == 0 else f"{fen / 100:.2f}元"


def month(day: dt.date) -> str:
    return f"{day.year}年{day.month}月"


def span(first: dt.date, last: dt.date) -> str:
    if first.year == last.year:
        return f"{first.year}年{first.month}月至{last.month}月"
    return f"{month(first)}至{month(last)}"


def monthly_wage(rng: random.Random, year: int) -> int:
    """A monthly wage in whole yuan, rising about 5% a year towards 2026 levels."""
    level = 0.95 ** max(0, 2026 - year)
    return int(rng.randint(2600, 8500) * level / 10) * 10


def _months_back(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 - months
    return dt.date(total // 12, total % 12 + 1, 1)


def _round(fen: float, step: int = 100) -> int:
    return max(step, int(fen / step) * step)


def dispute(rng: random.Random, kind: str, w: Worker) -> Dispute:
    r = w.received
    wage = monthly_wage(rng, r.year)
    start = r - dt.timedelta(days=rng.randint(90, 2200))
    left = r - dt.timedelta(days=rng.randint(5, 120))
    who = f"申请人{w.name}" if w.count == 1 else f"申请人{w.name}等{w.count}人"
    d = Dispute(kind, "", [], "", rng.choice(RESPONDENT_POSITIONS.get(kind, RESPONDENT_POSITIONS["default"])))
    d.ended_on, d.known_on = left, left
    if kind == "wages":
        months = rng.randint(1, 6)
        last = _months_back(r, rng.randint(1, 3))
        first = _months_back(last, months - 1)
        fen = wage * months * 100 * w.count
        d.ongoing = w.count == 1 and rng.random() < 0.3
        paid = _months_back(last, -1) + dt.timedelta(days=rng.randint(9, 20))  # the missed payday
        d.known_on = min(paid, r - dt.timedelta(days=1))
        d.ended_on = None if d.ongoing else min(r - dt.timedelta(days=1), paid + dt.timedelta(days=rng.randint(0, 30)))
        period = span(first, last)
        if w.count > 1:
            d.facts = rng.choice((
                f"{who}均系被申请人{w.employer}的{w.job}等工人，{period}的工资被拖欠，合计{yuan(fen)}。被申请人负责人以工程款未到位为由拒不支付，"
                f"工人多次到厂区讨薪未果，推选{w.reps}为代表申请调解。",
                f"{who}在被申请人{w.employer}处务工，被申请人自{month(first)}起停产，拖欠工人{period}工资共计{yuan(fen)}，"
                f"负责人下落不明，工人推选{w.reps}为代表，请求调解委员会组织协商。",
            ))
        else:
            d.facts = rng.choice((
                f"{who}于{month(start)}入职被申请人{w.employer}，从事{w.job}工作，约定月工资{wage}元。被申请人自{month(first)}起以资金周转困难为由"
                f"拖欠工资共计{yuan(fen)}，申请人多次催讨未果，现申请调解。",
                f"{who}自{month(start)}起在被申请人处担任{w.job}，双方口头约定月工资{wage}元按月发放。{period}的工资被申请人至今未发放，"
                f"合计{yuan(fen)}，被申请人承诺月底前结清但未兑现。",
                f"{who}在被申请人{w.employer}从事{w.job}工作，被申请人拖欠{period}工资{yuan(fen)}未付。申请人要求被申请人一次性支付拖欠的工资。",
            ))
        d.claims.append(("0801", f"支付{period}拖欠工资{yuan(fen)}", fen))
        if not d.ongoing and rng.random() < 0.25:
            extra = _round(fen * rng.uniform(0.1, 0.5))
            d.claims.append(("10", f"支付拖欠工资的经济补偿{yuan(extra)}", extra))
        d.summary = f"被申请人拖欠申请人{period}工资，双方就支付数额和期限发生争议。"
    elif kind == "overtime":
        fen = _round(wage * rng.uniform(0.5, 4) * 100)
        d.facts = rng.choice((
            f"{who}于{month(start)}入职被申请人{w.employer}，从事{w.job}工作，每天工作11小时，每月仅休息2天。被申请人未依法支付延时加班费"
            f"及休息日加班费，经申请人计算共计{yuan(fen)}。",
            f"{who}在被申请人处工作期间经常被安排周末及法定节假日加班，考勤记录显示累计加班{rng.randint(200, 900)}小时，被申请人仅按每小时"
            f"{rng.randint(8, 15)}元发放加班补贴，差额{yuan(fen)}未付。",
        ))
        d.claims.append(("0802", f"支付加班费{yuan(fen)}", fen))
        d.summary = "双方就申请人加班时长及加班费数额发生争议。"
    elif kind == "dismissal":
        years = max(1, (left - start).days // 365)
        fen = wage * years * 2 * 100
        d.facts = rng.choice((
            f"{who}于{month(start)}入职被申请人{w.employer}任{w.job}，双方签订了劳动合同。{left.month}月{left.day}日被申请人以申请人“不服从管理”"
            f"为由口头通知解除劳动合同，未说明依据，也未支付任何补偿。申请人认为被申请人违法解除劳动合同。",
            f"{who}在被申请人处从事{w.job}工作{years}年，{month(left)}因请病假被被申请人以旷工为由辞退。申请人认为解除行为违法，要求支付赔偿金。",
        ))
        d.claims.append(("11", f"支付违法解除劳动合同赔偿金{yuan(fen)}", fen))
        if rng.random() < 0.35:
            d.claims.append(("03", "出具解除劳动合同证明并办理社会保险转移手续", None))
        d.summary = "被申请人解除与申请人的劳动合同，双方就解除是否合法及赔偿数额发生争议。"
    elif kind == "compensation":
        years = max(1, (left - start).days // 365)
        fen = wage * years * 100 * w.count
        d.facts = (
            f"{who}在被申请人{w.employer}工作，被申请人因生产经营调整，未提前三十日书面通知即于{month(left)}解除劳动合同，"
            f"仅支付当月工资。申请人要求按工作年限支付经济补偿{yuan(fen)}。"
        )
        d.claims.append(("10", f"支付解除劳动合同经济补偿{yuan(fen)}", fen))
        d.summary = "被申请人因经营调整解除劳动合同，双方就经济补偿数额发生争议。"
    elif kind == "no_contract":
        months = rng.randint(2, 11)
        fen = wage * months * 100
        d.facts = (f"{who}于{month(start)}入职被申请人{w.employer}，从事{w.job}工作，月工资{wage}元，被申请人一直未与申请人签订书面劳动合同。"
                   f"申请人要求支付未签订书面劳动合同的二倍工资差额{yuan(fen)}。")
        d.claims.append(("0201", f"支付未签订书面劳动合同二倍工资差额{yuan(fen)}", fen))
        d.summary = "被申请人未与申请人签订书面劳动合同，双方就二倍工资差额发生争议。"
    elif kind == "social_insurance":
        fen = _round(rng.uniform(2000, 40000) * 100) * w.count
        d.ongoing = w.count == 1 and rng.random() < 0.4
        d.ended_on = None if d.ongoing else left
        d.facts = (f"{who}在被申请人{w.employer}工作期间，被申请人未为申请人缴纳社会保险费。申请人要求被申请人补缴{span(start, left)}的"
                   f"社会保险费，或赔偿相应损失{yuan(fen)}。")
        d.claims.append(("05", f"补缴社会保险费或赔偿损失{yuan(fen)}", fen))
        d.summary = "被申请人未为申请人缴纳社会保险费，双方就补缴及损失赔偿发生争议。"
    elif kind == "injury":
        fen = _round(rng.uniform(3000, 90000) * 100)
        hurt = left - dt.timedelta(days=rng.randint(10, 200))
        d.facts = rng.choice((
            f"{who}于{hurt.year}年{hurt.month}月{hurt.day}日在被申请人{w.employer}车间操作冲床时右手被压伤，经医院诊断为右手食指骨折，"
            f"花费医疗费{yuan(fen)}。被申请人未为申请人缴纳工伤保险。",
            f"{who}在被申请人承建的工地搬运钢管时从脚手架摔落，致腰椎骨折，经人社部门认定为工伤，劳动能力鉴定为九级伤残，"
            f"要求被申请人支付工伤待遇{yuan(fen)}。",
        ))
        cause = "0901" if "医疗费" in d.facts else "0902"
        d.claims.append((cause, f"支付工伤医疗费及相关待遇{yuan(fen)}", fen))
        d.summary = "申请人在工作中受伤，双方就工伤待遇发生争议。"
    elif kind == "relationship":
        d.facts = (f"{who}自{month(start)}起在被申请人{w.employer}从事{w.job}工作，按月领取工资，接受被申请人管理，但被申请人否认与申请人"
                   f"存在劳动关系。申请人请求确认双方自{month(start)}至{month(left)}存在劳动关系。")
        d.claims.append(("01", f"确认双方自{month(start)}至{month(left)}存在劳动关系", None))
        d.summary = "双方就是否存在劳动关系发生争议。"
    elif kind == "minimum_wage":
        low = int(wage * 0.6 / 10) * 10
        fen = _round((wage - low) * rng.randint(3, 12) * 100)
        d.facts = f"被申请人{w.employer}每月支付{who}工资{low}元，低于当地最低工资标准，申请人要求补足差额{yuan(fen)}。"
        d.claims.append(("0803", f"补足低于最低工资标准的差额{yuan(fen)}", fen))
        d.summary = "双方就工资是否低于最低工资标准发生争议。"
    elif kind == "bonus":
        fen = _round(rng.uniform(2000, 30000) * 100)
        d.facts = (f"被申请人{w.employer}承诺年终奖按销售业绩提成发放，{who}{r.year - 1}年度完成销售任务后，被申请人以申请人已离职为由"
                   f"拒绝发放提成及年终奖{yuan(fen)}。")
        d.claims.append(("0804", f"支付提成及年终奖{yuan(fen)}", fen))
        d.summary = "双方就年终奖及业务提成的发放发生争议。"
    elif kind == "leave":
        fen = _round(wage / 21.75 * rng.randint(5, 15) * 2 * 100)
        d.facts = (f"{who}在被申请人{w.employer}连续工作{max(1, (left - start).days // 365)}年，{r.year - 1}年度未被安排带薪年休假，"
                   f"被申请人也未支付未休年休假工资，申请人要求支付{yuan(fen)}。")
        d.claims.append(("04", f"支付未休年休假工资{yuan(fen)}", fen))
        d.summary = "双方就未休年休假工资发生争议。"
    elif kind == "training":
        fen = wage * 100
        d.facts = (f"被申请人{w.employer}出资安排{who}参加专业技术培训，双方约定服务期三年。申请人服务期未满提出离职，被申请人扣押申请人"
                   f"最后一个月工资{yuan(fen)}抵作违约金，申请人要求返还。")
        d.claims.append(("06", f"返还被扣押的工资{yuan(fen)}", fen))
        d.summary = "双方就服务期违约金及扣押工资发生争议。"
    elif kind == "silicosis":
        fen = _round(rng.uniform(50000, 200000) * 100)
        d.facts = (f"{who}长期在被申请人{w.employer}的打磨车间从事{w.job}工作，被申请人未提供合格的防尘口罩。{month(left)}申请人经职业病诊断机构"
                   f"诊断为尘肺病，要求被申请人支付相关费用{yuan(fen)}。")
        d.claims.append(("07", f"支付职业病相关费用{yuan(fen)}", fen))
        d.summary = "申请人患职业病，双方就劳动保护责任及赔偿发生争议。"
    else:  # deposit
        fen = _round(rng.uniform(200, 2000) * 100)
        d.facts = (f"{who}入职时被申请人{w.employer}收取工作服押金及身份证原件，申请人离职后被申请人拒绝退还押金{yuan(fen)}及身份证。")
        d.claims.append(("99", f"退还押金{yuan(fen)}并返还身份证原件", fen))
        d.summary = "双方就押金及证件的退还发生争议。"
    return d


REJECT_REASONS = (
    "申请事项不属于劳动争议调解受理范围", "同一争议已由劳动人事争议仲裁委员会受理", "申请人不具备劳动者主体资格",
    "被申请人明确表示不同意调解", "申请人未能提供与被申请人存在用工关系的任何材料",
)
WITHDRAW_REASONS = ("双方已自行和解", "申请人撤回调解申请", "被申请人已主动支付拖欠款项", "申请人决定直接申请劳动仲裁")
TERMINATION_TEXT = {
    "other_party_refused": "被申请人拒绝参加调解",
    "party_withdrew_or_absent": "被申请人经两次通知无正当理由未到场",
    "period_expired": "调解期限届满未达成调解协议",
    "no_agreement": "双方对赔偿金额分歧较大，未能达成协议",
    "other": "申请人已向劳动人事争议仲裁委员会申请仲裁",
}
TERMINATION_TEXT_CODES = tuple(TERMINATION_TEXT)
CLOSE_NOTES = {
    "performed": "协议已履行完毕，结案归档", "not_performed": "协议未履行，已告知申请人依法申请仲裁或支付令，结案",
    "failed": "调解终止，已告知申请人可申请劳动仲裁，结案", "withdrawn": "申请人撤回申请，结案", "rejected": "不予受理，结案",
}
REOPEN_REASONS = ("申请人提交新的证据，双方同意继续调解", "被申请人申请重新调解", "结案材料有误，重新处理", "被申请人表示愿意履行，申请继续处理")
HEARING_PLACES = ("调解室", "第一调解室", "第二调解室", "被申请人会议室", "村委会会议室")
RECUSAL_REASONS = ("调解员与被申请人负责人系亲属关系", "申请人认为调解员偏向被申请人", "调解员曾在被申请人处任职")
FOLLOW_UP = (("已按协议履行完毕", "满意"), ("已按协议履行完毕", "基本满意"), ("部分履行", "基本满意"), ("尚未履行", "不满意"))
RISKS = (None, None, None, "企业经营困难，可能再次欠薪", "企业拟搬迁，需关注后续用工")
CONSENT = ("{day}当面同意延长调解期限并签字", "{day}电话确认同意延长，已记录在卷", "{day}书面同意延长调解期限")


def hearing_record(rng: random.Random, applicant: str, respondent: str, outcome: str) -> tuple[str, str, str]:
    """(applicant statement, respondent statement, record text) of one hearing."""
    said = "申请人坚持调解申请中的请求，并提交了考勤记录和工资条复印件。"
    answer = rng.choice(("被申请人代表对部分事实有异议，同意继续协商。", "被申请人代表承认基本事实，请求减少数额。",
                         "被申请人代表称需向公司负责人请示。"))
    result = {"agreement": "经调解，双方自愿达成调解协议。", "no_agreement": "经调解，双方分歧较大，未能达成协议。",
              "continued": "双方同意择日继续调解。"}[outcome]
    record = (f"调解员告知双方当事人的权利和义务，询问是否申请回避，双方均表示不申请回避。申请人{applicant}陈述了事实和请求，"
              f"被申请人{respondent}进行了答辩。{result}")
    return said, answer, record
