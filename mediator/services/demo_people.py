"""Synthetic people and employers for the demo data set: Chinese names drawn by surname frequency,
citizen ID numbers with correct check characters, mobile numbers, home addresses, and a shared
pool of employers with valid unified social credit codes.

The employer pool is drawn from a fixed seed, not the demo's, so two offices generated with
different seeds still share employers (the federation sees "the same employer at several
offices"); each demo picks its own subset. Everything takes an explicit ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from itertools import accumulate

from mediator.domain.validators import CREDIT_ALPHABET, credit_check_char, id_check_char


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Surnames with rough frequencies (per mille); a few compound surnames at the end.
_SURNAMES = _words(
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴20 周19 徐15 孙14 马13 朱12 胡12 郭11 何11 高10 林10 "
    "罗9 郑9 梁8 谢8 宋7 唐7 许6 韩6 冯6 邓6 曹6 彭5 曾5 肖5 田5 董5 袁4 潘4 于4 蒋4 蔡4 余4 杜4 叶4 "
    "程4 苏3 魏3 吕3 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆2 汪2 范2 金2 石2 廖2 贾2 夏2 韦2 付2 方2 "
    "白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛1 闫1 段1 雷1 侯1 龙1 史1 陶1 黎1 贺1 顾1 毛1 郝1 龚1 邵1 万1 "
    "钱1 严1 覃1 武1 戴1 莫1 孔1 向1 汤1 欧阳1 司马1 上官1 诸葛1"
)
SURNAMES = tuple(s.rstrip("0123456789") for s in _SURNAMES)
_SURNAME_CUM = tuple(accumulate(int(s[len(n):]) for s, n in zip(_SURNAMES, SURNAMES, strict=True)))

_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国峰亮成志东海文兵春德福贵江金坤雷良民荣瑞生胜松祥新兴义永元振忠洪晨博毅昊泽宏家天铭"
_FEMALE = "芳娜敏静丽艳娟霞秀英玲燕萍红梅琳婷雪慧倩颖洁琴云莉兰凤佳欣月悦雯晶薇琪瑶玉珍翠桂菊巧美淑惠彩丹蓉媛露思梦萱怡诗雨"
_MALE_FIRST = "建志海国立永文小春家德晓俊子天明宏振金世成庆光正少"
_FEMALE_FIRST = "秀丽海小春晓玉美桂金红雪慧静思梦雅嘉佳亚丹彩月"

ETHNICITIES = ("汉族",) * 46 + ("壮族", "回族", "苗族", "彝族", "土家族", "侗族", "布依族", "瑶族", "满族", "蒙古族")

# Counties many migrant workers come from: (six-digit region code, province + county).
REGIONS = (
    ("510722", "四川省三台县"), ("510921", "四川省蓬溪县"), ("511321", "四川省南部县"), ("511381", "四川省阆中市"),
    ("511623", "四川省邻水县"), ("411522", "河南省光山县"), ("411526", "河南省潢川县"), ("411421", "河南省民权县"),
    ("412726", "河南省郸城县"), ("411325", "河南省内乡县"), ("430524", "湖南省隆回县"), ("431021", "湖南省桂阳县"),
    ("430381", "湖南省湘乡市"), ("430626", "湖南省平江县"), ("520221", "贵州省水城县"), ("522422", "贵州省大方县"),
    ("522727", "贵州省平塘县"), ("341221", "安徽省临泉县"), ("341621", "安徽省涡阳县"), ("341222", "安徽省太和县"),
    ("360731", "江西省于都县"), ("360730", "江西省宁都县"), ("361123", "江西省玉山县"), ("450881", "广西壮族自治区桂平市"),
    ("450922", "广西壮族自治区陆川县"), ("450923", "广西壮族自治区博白县"), ("500235", "重庆市云阳县"),
    ("500236", "重庆市奉节县"), ("420982", "湖北省安陆市"), ("421182", "湖北省武穴市"), ("422822", "湖北省建始县"),
    ("445281", "广东省普宁市"), ("441521", "广东省海丰县"), ("441900", "广东省东莞市"), ("442000", "广东省中山市"),
)
_TOWNS = _words("城关 新集 白庙 石桥 河口 双河 青山 黄土 大坪 清水 三合 龙泉 柳林 马桥 长岭 金鸡 高桥 太平")
_VILLAGES = _words("新华 红旗 和平 东风 团结 光明 向阳 胜利 建新 桃园 杨柳 李家 王家 张庄 刘湾 陈塘")
MOBILE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
    "173 175 176 177 178 180 181 182 183 185 186 187 188 189 191 198 199"
)

# Where employers are: town names of an industrial county (shared by every office's demo).
PLACES = _words("新塘 石湾 沙田 长安 大岭 清溪 塘厦 横沥 茶山 黄江 樟木 凤岗 桥头 常平 望牛 洪梅 中堂 麻涌")
_BRAND = "鑫达恒丰宏远永盛华美金辉德润瑞兴旺嘉禾富源汇通顺泰天成佳荣昌伟业宝利信诚万和广明东方鸿锦腾裕祥隆安康创新联合众"
_ROADS = _words("工业大道 创业路 兴业路 振兴路 环城路 建设路 人民路 科技路 东江路 富民路 民营工业园 沿江路")

# (business, ownership type, industry, jobs)
BUSINESSES = (
    ("电子科技有限公司", "有限责任公司", "制造业", "普工 操作工 质检员 仓管员 插件工 组长 文员"),
    ("五金制品厂", "私营企业", "制造业", "冲压工 车工 电焊工 打磨工 机修工 仓管员"),
    ("制衣厂", "私营企业", "制造业", "车位工 缝纫工 剪裁工 熨烫工 质检员 组长"),
    ("服装有限公司", "有限责任公司", "制造业", "车位工 缝纫工 剪裁工 跟单员 质检员"),
    ("家具有限公司", "有限责任公司", "制造业", "木工 油漆工 打磨工 开料工 包装工 司机"),
    ("塑胶制品有限公司", "有限责任公司", "制造业", "注塑工 啤机工 质检员 配料员 机修工"),
    ("鞋业有限公司", "有限责任公司", "制造业", "针车工 成型工 裁断工 质检员 组长"),
    ("玩具有限公司", "有限责任公司", "制造业", "喷油工 装配工 质检员 普工 仓管员"),
    ("纸品包装有限公司", "有限责任公司", "制造业", "印刷工 糊盒工 机长 普工 司机"),
    ("模具厂", "个人独资企业", "制造业", "钳工 数控操作员 电火花工 学徒"),
    ("建筑工程有限公司", "有限责任公司", "建筑业", "木工 钢筋工 泥水工 架子工 电工 杂工 施工员"),
    ("劳务有限公司", "有限责任公司", "建筑业", "木工 钢筋工 泥水工 杂工 安全员"),
    ("装饰工程有限公司", "有限责任公司", "建筑业", "油漆工 水电工 木工 瓷砖工 杂工"),
    ("物业管理有限公司", "有限责任公司", "居民服务业", "保安 保洁员 绿化工 水电维修工 客服"),
    ("餐饮管理有限公司", "有限责任公司", "住宿和餐饮业", "厨师 服务员 洗碗工 收银员 帮厨"),
    ("大酒店", "有限责任公司", "住宿和餐饮业", "厨师 服务员 客房服务员 前台 保安"),
    ("物流有限公司", "有限责任公司", "交通运输业", "司机 搬运工 分拣员 仓管员 调度员"),
    ("食品有限公司", "有限责任公司", "制造业", "包装工 操作工 质检员 仓管员 司机"),
    ("商贸有限公司", "有限责任公司", "批发和零售业", "业务员 导购 理货员 收银员 司机"),
    ("超市", "个体工商户", "批发和零售业", "收银员 理货员 导购 搬运工"),
    ("保安服务有限公司", "有限责任公司", "租赁和商务服务业", "保安 保安队长"),
    ("汽车维修中心", "个体工商户", "居民服务业", "汽修工 学徒 洗车工 前台"),
)
_BUSINESS_WEIGHTS = (9, 7, 6, 5, 5, 6, 4, 3, 3, 3, 8, 6, 4, 4, 4, 2, 3, 3, 3, 2, 2, 2)
LEGAL_REP_TITLES = ("法定代表人",) * 6 + ("总经理", "执行董事", "厂长")


@dataclass(frozen=True)
class Employer:
    name: str
    credit_code: str
    address: str
    legal_rep: str
    legal_rep_title: str
    ownership_type: str
    industry: str
    jobs: tuple[str, ...]
    phone: str


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    ethnicity: str
    birth_date: dt.date
    id_number: str
    phone: str
    address: str


def surname(rng: random.Random) -> str:
    return rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]


def given_name(rng: random.Random, sex: str, chars: int) -> str:
    singles, firsts = (_MALE, _MALE_FIRST) if sex == "male" else (_FEMALE, _FEMALE_FIRST)
    if chars == 1:
        return rng.choice(singles)
    return rng.choice(firsts) + rng.choice(singles)


def full_name(rng: random.Random, sex: str) -> str:
    """Mostly three characters, about a quarter two (surname + one), compound surnames rarely."""
    return surname(rng) + given_name(rng, sex, 1 if rng.random() < 0.26 else 2)


def citizen_id(rng: random.Random, region: str, birth: dt.date, sex: str) -> str:
    order = rng.randrange(0, 50) * 2 + (1 if sex == "male" else 0)
    first17 = f"{region}{birth:%Y%m%d}{rng.randrange(0, 10)}{order:02d}"
    return first17 + id_check_char(first17)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(0, 100_000_000):08d}"


def person(rng: random.Random, on: dt.date, *, min_age: int = 18, max_age: int = 58) -> Person:
    sex = "male" if rng.random() < 0.62 else "female"
    birth = on - dt.timedelta(days=rng.randint(min_age * 365 + 5, max_age * 365))
    region, place = rng.choice(REGIONS)
    address = f"{place}{rng.choice(_TOWNS)}镇{rng.choice(_VILLAGES)}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
    return Person(full_name(rng, sex), sex, rng.choice(ETHNICITIES), birth, citizen_id(rng, region, birth, sex),
                  mobile(rng), address)


def credit_code(rng: random.Random, sole_trader: bool) -> str:
    region = "441900"
    body = "".join(rng.choice(CREDIT_ALPHABET) for _ in range(7))
    first17 = ("92" if sole_trader else "91") + region + "MA" + body
    return first17 + credit_check_char(first17)


def _employer(rng: random.Random, taken: set[str]) -> Employer:
    while True:
        business, ownership, industry, jobs = rng.choices(BUSINESSES, weights=_BUSINESS_WEIGHTS)[0]
        place = rng.choice(PLACES)
        brand = rng.choice(_BRAND) + rng.choice(_BRAND)
        name = f"东莞市{brand}{business}" if rng.random() < 0.5 else f"{place}{brand}{business}"
        if name not in taken:
            taken.add(name)
            break
    sole = ownership == "个体工商户"
    address = f"{place}镇{rng.choice(_ROADS)}{rng.randint(1, 300)}号"
    phone = f"0769-{rng.randint(2, 8)}{rng.randrange(0, 10_000_000):07d}" if rng.random() < 0.5 else mobile(rng)
    return Employer(name, credit_code(rng, sole), address, full_name(rng, "male" if rng.random() < 0.8 else "female"),
                    "经营者" if sole else rng.choice(LEGAL_REP_TITLES), ownership, industry, tuple(_words(jobs)), phone)


def employer_pool(size: int = 1200) -> list[Employer]:
    """The shared, fixed pool every demo draws its employers from (same for every seed)."""
    rng = random.Random("mediator-demo-employers-1")
    taken: set[str] = set()
    return [_employer(rng, taken) for _ in range(size)]


def pick_employers(rng: random.Random, cases: int) -> tuple[list[Employer], list[float]]:
    """This demo's employers (a few hundred at 100,000 cases) and cumulative weights, so a few
    employers account for many disputes (Zipf-like)."""
    pool = employer_pool()
    count = max(12, min(400, cases // 100))
    chosen = rng.sample(pool, count)
    return chosen, list(accumulate(1.0 / (rank + 4) for rank in range(count)))
