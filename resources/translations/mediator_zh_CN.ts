<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="58"/>
        <source>Respondent: {field}</source>
        <translation>被申请人：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="65"/>
        <source>Term {n}: {field}</source>
        <translation>第{n}项条款：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="66"/>
        <source>Term {n}</source>
        <translation>第{n}项条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="70"/>
        <source>Applicant {who}: {field}</source>
        <translation>申请人{who}：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="54"/>
        <source>(term {n})</source>
        <translation>（第{n}项）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="57"/>
        <source>{n} day(s) overdue</source>
        <translation>已逾期{n}天</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="59"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="61"/>
        <source>{n} day(s) left</source>
        <translation>剩余{n}天</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="62"/>
        <source>{clock}: due {due}, {when}</source>
        <translation>{clock}：{due}到期，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="64"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="89"/>
        <source>Something went wrong</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="90"/>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="91"/>
        <source>An unexpected error occurred. Your saved work is safe. Please copy this report and send it to your administrator. It has also been written to {log}.</source>
        <translation>程序发生意外错误。已保存的内容不受影响。请复制本报告并发送给系统管理员。本报告也已写入{log}。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="96"/>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="98"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Please correct these fields</source>
        <translation>请更正以下各项</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="196"/>
        <source>Nothing was pasted:</source>
        <translation>未粘贴任何内容：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="202"/>
        <source>{n} workers pasted</source>
        <translation>已粘贴{n}名劳动者</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="245"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第{row}行“{column}”：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="271"/>
        <source>{n} workers, {reps} representatives</source>
        <translation>劳动者{n}人，代表{reps}人</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="274"/>
        <source>a collective dispute (10 or more workers): tick the 3 to 5 elected representatives</source>
        <translation>集体劳动争议（劳动者10人以上）：请勾选推举的3至5名代表</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="277"/>
        <source>fewer than 10 workers: registered as co-applicants, not a collective dispute</source>
        <translation>劳动者不足10人：作为共同申请人登记，不属于集体劳动争议</translation>
    </message>
    <message>
        <location filename="../../ui/intake/paste.py" line="81"/>
        <source>Row {row} has {n} columns but the worker table has only {max} from the column pasted into (name, ID number, phone, address, job, representative)</source>
        <translation>第{row}行有{n}列，但劳动者表格自粘贴起始列起只有{max}列（姓名、身份证号码、电话、住址、岗位、代表）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/paste.py" line="87"/>
        <source>Row {row} has {n} columns, more than the {width} of row {ref}</source>
        <translation>第{row}行有{n}列，多于第{ref}行的{width}列</translation>
    </message>
    <message>
        <location filename="../../ui/intake/paste.py" line="89"/>
        <source>Row {row} has {n} columns, fewer than the {width} of row {ref}</source>
        <translation>第{row}行有{n}列，少于第{ref}行的{width}列</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="46"/>
        <source>Registering…</source>
        <translation>正在登记…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="61"/>
        <source>Registered as {case_no}</source>
        <translation>已登记，案号为{case_no}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="96"/>
        <source>Worker {n}</source>
        <translation>第{n}名劳动者</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="100"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="104"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="104"/>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="104"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="105"/>
        <source>Application kind</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problems.py" line="109"/>
        <source>Collective dispute</source>
        <translation>集体劳动争议</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="41"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="41"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="51"/>
        <source>{sex}, born {date}</source>
        <translation>{sex}，{date}出生</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="87"/>
        <source>Enter a mobile number (11 digits) or a landline with its area code</source>
        <translation>请填写11位手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="105"/>
        <source>Not a real date; type it as YYYY-MM-DD</source>
        <translation>不是有效日期，请按“年-月-日”格式输入（如2025-03-01）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/validation.py" line="107"/>
        <source>This date lies in the future</source>
        <translation>该日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="57"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="64"/>
        <source>Word document (*.docx)</source>
        <translation>.docx 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="66"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="67"/>
        <source>Save document as</source>
        <translation>文书另存为</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="77"/>
        <source>Folder for the printed documents</source>
        <translation>打印文书存放的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="84"/>
        <source>Attach the signed copy</source>
        <translation>添加签署本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="85"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="104"/>
        <source>Print document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="156"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/documents/output.py" line="156"/>
        <source>The document could not be sent to the printer.</source>
        <translation>文书未能送到打印机。</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="47"/>
        <source>Accept case {case_no}</source>
        <translation>受理案件{case_no}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="48"/>
        <source>Accepting starts the mediation period. The decision is due within 3 working days of receiving the application (received {day}).</source>
        <translation>受理后开始计算调解期限。应自收到申请之日起3个工作日内作出受理决定（收到申请日期：{day}）。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="50"/>
        <source>&amp;Accepted on</source>
        <translation>受理日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="51"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="52"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="57"/>
        <source>Cannot be before the application was received ({day}).</source>
        <translation>不能早于收到申请日期（{day}）。</translation>
    </message>
</context>
<context>
    <name>AgreementDisplay</name>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="54"/>
        <source>Contents</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="61"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="61"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="61"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="61"/>
        <source>What is agreed</source>
        <translation>约定事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="62"/>
        <source>Amount in capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="62"/>
        <source>Due date</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="62"/>
        <source>Method and place</source>
        <translation>方式和地点</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="63"/>
        <source>Payment order (支付令)</source>
        <translation>支付令</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="64"/>
        <location filename="../../ui/case_view/agreement_display.py" line="70"/>
        <source>Agreed terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="72"/>
        <source>Signatures and seal</source>
        <translation>签名和盖章</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="78"/>
        <source>Took effect on:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="79"/>
        <source>Making it enforceable</source>
        <translation>效力确认</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="103"/>
        <source>Settlement agreement (调解协议书) of case {case_no}</source>
        <translation>案件{case_no}调解协议书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="105"/>
        <source>Total agreed: {amount}</source>
        <translation>协议金额合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="106"/>
        <source>No money is agreed; the terms are acts to perform.</source>
        <translation>本协议不涉及金钱给付，各项条款均为应履行的行为。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="115"/>
        <source>(not money)</source>
        <translation>（非金钱给付）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="117"/>
        <source>{method}, {place}</source>
        <translation>{method}，{place}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="118"/>
        <source>may be applied for</source>
        <translation>可申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="118"/>
        <source>no</source>
        <translation>不可申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="136"/>
        <source>open until {due}</source>
        <translation>截至{due}可申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="137"/>
        <source>closed on {due}</source>
        <translation>已于{due}届满</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="140"/>
        <source>Arbitral review (仲裁审查): both parties apply jointly to the arbitration commission within 15 days of the agreement taking effect: {window}.</source>
        <translation>仲裁审查：双方当事人自调解协议生效之日起15日内共同向仲裁委员会提出申请：{window}。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="143"/>
        <source>Judicial confirmation (司法确认): both parties apply to the court within 30 days of the agreement taking effect: {window}. Only one of the two routes may be taken.</source>
        <translation>司法确认：双方当事人自调解协议生效之日起30日内共同向人民法院提出申请：{window}。以上两种途径只能选择一种。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="149"/>
        <source>&lt;b&gt;Route taken:&lt;/b&gt; {route} on {date}.</source>
        <translation>&lt;b&gt;已选择途径：&lt;/b&gt;{date}申请{route}。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="152"/>
        <source>If a party does not perform within the agreed period, the other may apply for labour arbitration (Art. 15).</source>
        <translation>一方当事人在约定期限内不履行调解协议的，另一方当事人可以依法申请劳动争议仲裁（调解仲裁法第十五条）。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_display.py" line="155"/>
        <source>For the terms marked above, the worker may instead apply to the court for a payment order (支付令, Art. 16).</source>
        <translation>对上表中标明可申请支付令的条款，劳动者也可以依法向人民法院申请支付令（调解仲裁法第十六条）。</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="69"/>
        <source>State them expressly; write 无 if no right is given up</source>
        <translation>须明确载明；未放弃任何权利的写“无”</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="78"/>
        <source>Signatures and seal</source>
        <translation>签名和盖章</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="95"/>
        <source>Agreed terms (numbered in this order)</source>
        <translation>协议条款（按此顺序编号）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="113"/>
        <source>What the agreement still lacks</source>
        <translation>协议尚缺事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="118"/>
        <source>&amp;Save agreement</source>
        <translation>保存协议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="119"/>
        <source>Save the agreement</source>
        <translation>保存调解协议书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="120"/>
        <source>Record the signed agreement (Ctrl+S)</source>
        <translation>登记已签署的调解协议书（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="122"/>
        <source>&amp;Print for signing…</source>
        <translation>打印供签署(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="125"/>
        <source>Print the agreement as entered here, for the parties to sign</source>
        <translation>按此处填写的内容打印调解协议，供当事人签署</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="130"/>
        <source>&lt;b&gt;Completeness check&lt;/b&gt;</source>
        <translation>&lt;b&gt;完整性检查&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="184"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="184"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="230"/>
        <source>The agreement takes effect on {date}, the day of the last signature or seal. From then, both parties may jointly apply for arbitral review within 15 days, or for judicial confirmation at a court within 30 days.</source>
        <translation>调解协议书自{date}（最后一方签名或盖章之日）起生效。自生效之日起，双方当事人可以在15日内共同申请仲裁审查，或在30日内共同向人民法院申请司法确认。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="239"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="241"/>
        <source>(correct it on the Parties tab)</source>
        <translation>（请在“当事人”页更正）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="247"/>
        <source>Not saved. The agreement lacks {n} item(s):</source>
        <translation>未保存。协议尚缺{n}项：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="249"/>
        <source>{n} item(s) still missing before the agreement can be recorded:</source>
        <translation>登记协议前尚缺以下{n}项：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="252"/>
        <source>Complete: the agreement has everything the law requires.</source>
        <translation>完整：协议已载明法律规定的全部事项。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_editor.py" line="294"/>
        <source>Not printed. The agreement lacks {n} item(s):</source>
        <translation>未打印。调解协议还缺少 {n} 项：</translation>
    </message>
</context>
<context>
    <name>AgreementFields</name>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="16"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="17"/>
        <source>The dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="18"/>
        <source>The applicant&apos;s claims</source>
        <translation>申请人请求</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="19"/>
        <source>The respondent&apos;s position</source>
        <translation>被申请人意见</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="20"/>
        <source>Rights given up</source>
        <translation>放弃的权利</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="21"/>
        <source>Number of copies</source>
        <translation>协议份数</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="22"/>
        <source>Agreed terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="23"/>
        <source>Signature dates</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="24"/>
        <source>Applicant signed on</source>
        <translation>申请人签名日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="25"/>
        <source>Respondent signed or sealed on</source>
        <translation>被申请人签名或盖章日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="26"/>
        <source>Mediator signed on</source>
        <translation>调解员签名日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="27"/>
        <source>Office seal affixed on</source>
        <translation>调解组织盖章日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="30"/>
        <source>name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="31"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="32"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="33"/>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="34"/>
        <source>employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="35"/>
        <source>job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="36"/>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="37"/>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_fields.py" line="39"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../../ui/case_view/agreement_tab.py" line="51"/>
        <source>No settlement agreement has been recorded for this case.</source>
        <translation>本案尚未登记调解协议书。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/agreement_tab.py" line="52"/>
        <source>An agreement cannot be entered now: {reason}</source>
        <translation>现在不能登记调解协议书：{reason}</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant.py" line="73"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="73"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="73"/>
        <source>Et&amp;hnicity</source>
        <translation>民族(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="74"/>
        <source>&amp;Mobile</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="74"/>
        <source>&amp;Landline</source>
        <translation>固定电话(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="74"/>
        <source>Add&amp;ress</source>
        <translation>住址(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="75"/>
        <source>&amp;Job</source>
        <translation>岗位(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="78"/>
        <source>18 characters; sex and birth date are read from it</source>
        <translation>18位；性别和出生日期据此自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="79"/>
        <source>with area code, e.g. 0591-87654321</source>
        <translation>带区号，如0591-87654321</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant.py" line="80"/>
        <source>e.g. Han</source>
        <translation>如：汉族</translation>
    </message>
</context>
<context>
    <name>ApplicationSection</name>
    <message>
        <location filename="../../ui/intake/sections.py" line="41"/>
        <source>Application</source>
        <translation>申请情况</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="42"/>
        <source>&amp;Written</source>
        <translation>书面申请(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="43"/>
        <source>&amp;Oral</source>
        <translation>口头申请(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="51"/>
        <source>Application kind: {kind}</source>
        <translation>申请方式：{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="55"/>
        <source>Oral application (Art. 12): the mediator records on the spot the applicant&apos;s particulars, the matter in dispute, the reasons and the time of application; the applicant signs the printed record.</source>
        <translation>口头申请（调解仲裁法第十二条）：由调解员当场记录申请人基本情况、申请调解的争议事项、理由和时间；打印后由申请人签名确认。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="66"/>
        <source>Kind</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="68"/>
        <source>Application &amp;time (Beijing)</source>
        <translation>申请时间（北京时间）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="74"/>
        <source>The application time lies in the future</source>
        <translation>申请时间晚于当前时间</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="39"/>
        <source>Assign mediators to {case_no}</source>
        <translation>为案件{case_no}指派调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="40"/>
        <source>Tick the mediators who handle this case and choose who leads.</source>
        <translation>勾选承办本案的调解员，并选定主持调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="43"/>
        <source>&amp;Mediators</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="45"/>
        <source>&amp;Lead mediator</source>
        <translation>主持调解员(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="46"/>
        <source>I have read the warnings and assign them anyway</source>
        <translation>已阅读上述提示，仍然指派</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="47"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="50"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="88"/>
        <source>Tick at least one mediator.</source>
        <translation>请至少勾选一名调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="95"/>
        <source>A mediator has a recorded link to a party (listed above). Tick to assign anyway; the warning is kept on file.</source>
        <translation>有调解员与当事人存在登记在案的关联（见上方列表）。勾选后仍可指派，该提示将记录在案。</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="61"/>
        <source>Print documents</source>
        <translation>批量打印文书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="63"/>
        <source>One document for each of the {n} selected cases. Each print is recorded with its number and hash, as when printing from the case.</source>
        <translation>为选中的 {n} 件案件各打印一份文书。与在案件中打印一样，每次打印都记录打印次数和校验码。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="71"/>
        <source>Choose a folder</source>
        <translation>请选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="77"/>
        <source>Word document (.docx)</source>
        <translation>.docx 文档</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="78"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="82"/>
        <source>LibreOffice is not installed, so no PDF can be made</source>
        <translation>本机未安装 LibreOffice，无法生成 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="88"/>
        <source>&amp;Document:</source>
        <translation>文书(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="89"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="92"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="100"/>
        <source>What was printed</source>
        <translation>打印结果</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="105"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="126"/>
        <source>Choose the folder the documents are written to.</source>
        <translation>请选择文书保存到的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="131"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="139"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="152"/>
        <source>Stopping after the current case…</source>
        <translation>打印完当前案件后停止…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="162"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="167"/>
        <source>{n} document(s) printed, {m} case(s) could not be printed.</source>
        <translation>已打印 {n} 份文书，{m} 件案件未能打印。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="173"/>
        <source>Stopped. The documents printed before stopping are in the folder and recorded.</source>
        <translation>已停止。停止前打印的文书已保存在文件夹中并已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="177"/>
        <source>Printing stopped because of an error.</source>
        <translation>因出错，打印已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="183"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="183"/>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="184"/>
        <source> (副本)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_print.py" line="184"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_view/header.py" line="20"/>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="21"/>
        <source>Reject…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="22"/>
        <source>Assign mediators…</source>
        <translation>指派调解员…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="23"/>
        <source>Record hearing…</source>
        <translation>登记调解会…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="24"/>
        <source>Extend…</source>
        <translation>延长调解期限…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="25"/>
        <source>Settle…</source>
        <translation>登记调解协议…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="26"/>
        <source>Terminate…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="27"/>
        <source>Withdraw…</source>
        <translation>撤回申请…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="28"/>
        <source>Close file…</source>
        <translation>结案归档…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="29"/>
        <source>Reopen…</source>
        <translation>重新办理…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="30"/>
        <source>Recusal request…</source>
        <translation>回避申请…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="139"/>
        <source>{state}, file closed</source>
        <translation>{state}，已结案归档</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="141"/>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="143"/>
        <source>Collective dispute, {n} workers</source>
        <translation>集体劳动争议，劳动者{n}人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="145"/>
        <source>Signed copy on file</source>
        <translation>已存档签署本</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="148"/>
        <source> and {n} more</source>
        <translation>等（另有{n}人）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="149"/>
        <source>{applicants} v. {respondent}</source>
        <translation>{applicants}与{respondent}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="157"/>
        <source>Mediators: none assigned yet</source>
        <translation>调解员：尚未指派</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="160"/>
        <source>{name} (lead)</source>
        <translation>{name}（主持）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="162"/>
        <source>Mediators: {names}</source>
        <translation>调解员：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="164"/>
        <source>recorded link to a party</source>
        <translation>与当事人有登记关联</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="173"/>
        <source>No clock is running.</source>
        <translation>没有正在计算的期限。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="196"/>
        <source>You are not assigned to this case.</source>
        <translation>您不是本案的承办调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/header.py" line="198"/>
        <source>No mediator is assigned yet.</source>
        <translation>尚未指派调解员。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="49"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="50"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="51"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="53"/>
        <source>Received</source>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="54"/>
        <source>Next deadline</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="55"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="56"/>
        <source>Amount claimed</source>
        <translation>请求金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="57"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="259"/>
        <source>{n} days overdue</source>
        <translation>已逾期{n}天</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="261"/>
        <source>1 day overdue</source>
        <translation>已逾期1天</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="263"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="265"/>
        <source>due tomorrow</source>
        <translation>明日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="267"/>
        <source>due in {n} days</source>
        <translation>{n}天后到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="268"/>
        <source>ok</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="273"/>
        <source>Acceptance decision due {date}</source>
        <translation>受理决定期限：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="275"/>
        <source>Mediation period ends {date}</source>
        <translation>调解期限至{date}</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/case_tabs.py" line="18"/>
        <source>Unregistered application</source>
        <translation>申请尚未登记</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="19"/>
        <source>{n} application(s) have not been registered yet. Keep them as drafts to finish later, or discard them?</source>
        <translation>有{n}份申请尚未登记。保留为草稿以后继续填写，还是放弃？</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="21"/>
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="22"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="41"/>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="57"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs.py" line="74"/>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view/view.py" line="38"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="39"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="40"/>
        <source>Hearings</source>
        <translation>调解会</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="41"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="42"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="43"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="44"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="70"/>
        <source>Loading the case…</source>
        <translation>正在加载案件…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/view.py" line="170"/>
        <source>This case cannot be shown: {reason}</source>
        <translation>无法显示本案件：{reason}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="73"/>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="91"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="92"/>
        <source>Search by name, ID number, case number or words of the facts</source>
        <translation>按姓名、身份证号码、案号或事实中的文字搜索</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="94"/>
        <source>Number of matching cases</source>
        <translation>符合条件的案件数</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="95"/>
        <source>Saved views</source>
        <translation>保存的视图</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>Sa&amp;ve view…</source>
        <translation>保存视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="99"/>
        <source>&amp;Print documents…</source>
        <translation>批量打印文书(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="99"/>
        <source>Print documents</source>
        <translation>批量打印文书</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="103"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="106"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="108"/>
        <source>Vie&amp;w:</source>
        <translation>视图(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="202"/>
        <source>{n}+ cases, counting…</source>
        <translation>{n}件以上，正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="236"/>
        <source>{n} cases</source>
        <translation>共{n}件</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="236"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="265"/>
        <source>Rows could not be read: {reason}</source>
        <translation>无法读取案件行：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="307"/>
        <source>Select one or more cases first</source>
        <translation>请先选中一件或多件案件</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="308"/>
        <source>Print one document for each selected case</source>
        <translation>为每件选中的案件打印一份文书</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="333"/>
        <source>(current filters)</source>
        <translation>（当前筛选条件）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="347"/>
        <source>Pick a saved view to delete it</source>
        <translation>请先选择要删除的保存的视图</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="369"/>
        <source>Delete the saved view “{name}”?</source>
        <translation>确定删除保存的视图“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>ChairPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="211"/>
        <source>The chair</source>
        <translation>调解委员会主任</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="212"/>
        <source>The chair (主任) manages the users; set-up signs you in as the chair.</source>
        <translation>调解委员会主任负责管理用户；设置完成后将以主任身份登录。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="213"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="214"/>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="215"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="216"/>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="230"/>
        <source>The two passwords are not the same</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="35"/>
        <location filename="../../ui/case_view/claims_tab.py" line="38"/>
        <source>Application</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="38"/>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="39"/>
        <source>Received</source>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="39"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="40"/>
        <source>Infringement known</source>
        <translation>知道权利受侵害日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="41"/>
        <source>Employment</source>
        <translation>劳动关系</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="41"/>
        <source>Ended</source>
        <translation>终结日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="42"/>
        <source>File closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="49"/>
        <location filename="../../ui/case_view/claims_tab.py" line="54"/>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="57"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="57"/>
        <source>Cause</source>
        <translation>争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="57"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="57"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="58"/>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="58"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="75"/>
        <source>continuing</source>
        <translation>存续中</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="77"/>
        <source>ended {day}</source>
        <translation>{day}终止</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="83"/>
        <source>{day}, rejected: {reason}</source>
        <translation>{day}不予受理：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="102"/>
        <source>Total claimed: {amount}</source>
        <translation>请求金额合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/claims_tab.py" line="103"/>
        <source>No amount claimed.</source>
        <translation>未请求具体金额。</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <location filename="../../ui/intake/claims.py" line="53"/>
        <source>Dispute cause</source>
        <translation>争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="53"/>
        <source>What is claimed</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="54"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="54"/>
        <source>In capital numerals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="55"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="64"/>
        <source>Add &amp;claim</source>
        <translation>添加请求事项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="65"/>
        <source>Add claim</source>
        <translation>添加请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="120"/>
        <source>Claim {n}: dispute cause</source>
        <translation>第{n}项请求：争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="121"/>
        <source>Claim {n}: what is claimed</source>
        <translation>第{n}项请求：请求内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="122"/>
        <source>Claim {n}: amount in yuan</source>
        <translation>第{n}项请求：金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="123"/>
        <source>Claim {n}: amount in capital numerals</source>
        <translation>第{n}项请求：大写金额</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="124"/>
        <source>Remove claim {n}</source>
        <translation>删除第{n}项请求</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="138"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="146"/>
        <source>{code} (not in the cause list)</source>
        <translation>{code}（不在争议事由列表中）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/claims.py" line="170"/>
        <source>Total claimed: {amount}</source>
        <translation>请求金额合计：{amount}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="103"/>
        <source>Close the file of case {case_no}</source>
        <translation>案件{case_no}结案归档</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="104"/>
        <source>Closing &amp;note</source>
        <translation>结案说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="104"/>
        <source>Close file</source>
        <translation>结案归档</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="105"/>
        <source>&amp;Closed on</source>
        <translation>结案日期(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="44"/>
        <source>Conflicts to resolve</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="45"/>
        <source>No conflicts: nothing changed on this computer was also changed elsewhere.</source>
        <translation>没有冲突：本机修改过的内容没有在其他电脑上同时被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="48"/>
        <source>These records were changed on this computer and on another one before either was synced. Nothing was lost: choose which version to keep. Double-click a conflict to open its case.</source>
        <translation>以下记录在同步之前同时被本机和另一台电脑修改。两个版本都没有丢失：请选择保留哪个版本。双击冲突可打开所属案件。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="51"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="51"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="51"/>
        <source>Differing fields</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="52"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="56"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="56"/>
        <source>Central store</source>
        <translation>中心库</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="57"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="56"/>
        <source>Same?</source>
        <translation>是否相同</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="57"/>
        <source>The two versions</source>
        <translation>两个版本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="63"/>
        <source>Keep the central store&apos;s version</source>
        <translation>保留中心库的版本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="64"/>
        <source>This computer takes the version the central store has.</source>
        <translation>本机改用中心库中的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="66"/>
        <source>Keep this computer&apos;s version</source>
        <translation>保留本机的版本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="67"/>
        <source>This computer&apos;s version is sent at the next sync and replaces the central store&apos;s everywhere.</source>
        <translation>本机的版本在下次同步时发送，并在各处取代中心库的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="99"/>
        <source>The conflicts cannot be read: {reason}</source>
        <translation>无法读取冲突：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="109"/>
        <source>(not tied to a case)</source>
        <translation>（不属于某个案件）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="129"/>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="129"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts.py" line="158"/>
        <source>Saved. The choice is sent to the central store at the next sync.</source>
        <translation>已保存。所作选择将在下次同步时发送到中心库。</translation>
    </message>
</context>
<context>
    <name>CoreDialog</name>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="108"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>{problem}

To protect your records the application will now close. Restore the latest backup with &apos;mediator restore&apos; (see the manual) or ask your administrator.</source>
        <translation>{problem}

为保护您的数据，程序将关闭。请使用“mediator restore”命令恢复最新备份（详见使用手册），或联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/case_view/document_preview.py" line="29"/>
        <source>Document preview</source>
        <translation>文书预览</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/document_preview.py" line="38"/>
        <source>Open in word processor</source>
        <translation>用文字处理软件打开</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/document_preview.py" line="40"/>
        <source>Open the .docx with the system&apos;s application (Word, WPS)</source>
        <translation>用系统中的文字处理软件打开 .docx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/document_preview.py" line="59"/>
        <source>Choose a document on the left and press Preview to see its pages here.</source>
        <translation>在左侧选择文书，点击“预览”即可在此查看页面。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/document_preview.py" line="85"/>
        <source>LibreOffice is not installed on this computer, so the pages cannot be shown here. Open the document in your word processor to look at it.</source>
        <translation>本机未安装 LibreOffice，无法在此显示页面。请用文字处理软件打开文书查看。</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="77"/>
        <location filename="../../ui/case_view/documents_tab.py" line="92"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="77"/>
        <source>For</source>
        <translation>对应事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="77"/>
        <location filename="../../ui/case_view/documents_tab.py" line="101"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="78"/>
        <source>Documents that can be printed now</source>
        <translation>现在可以打印的文书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="81"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="83"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="85"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="92"/>
        <source>No.</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="92"/>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="92"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="92"/>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="93"/>
        <source>Content hash</source>
        <translation>内容校验码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="93"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="93"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="93"/>
        <source>Documents printed</source>
        <translation>已打印的文书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="98"/>
        <source>Can be printed now</source>
        <translation>现在可以打印</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="134"/>
        <source>Choose a document on the left and press Preview to see its pages here.</source>
        <translation>在左侧选择文书，点击“预览”即可在此查看页面。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="154"/>
        <source>{n} times</source>
        <translation>{n} 次</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="154"/>
        <source>not yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="186"/>
        <source>Choose a document in the list first.</source>
        <translation>请先在列表中选择文书。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="190"/>
        <source>A print is being made.</source>
        <translation>正在打印。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="207"/>
        <source>{title} cannot be printed yet; it lacks:</source>
        <translation>{title}暂不能打印，还缺少：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="209"/>
        <source>No preview: the document is not complete.</source>
        <translation>无法预览：文书内容不完整。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="224"/>
        <source>Preparing the preview of {title}…</source>
        <translation>正在生成{title}的预览…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="232"/>
        <source>Preview of {title} as print no. {n}</source>
        <translation>{title}预览（作为第 {n} 次打印）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="234"/>
        <source> (marked 副本)</source>
        <translation>，标注“副本”</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="240"/>
        <source>Note about this document:</source>
        <translation>关于此文书的提示：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="281"/>
        <source>{title}: print no. {n} recorded</source>
        <translation>{title}：已记录第 {n} 次打印</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="283"/>
        <source>, marked 副本</source>
        <translation>，标注“副本”</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="285"/>
        <source>; saved as {path}</source>
        <translation>；已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/documents_tab.py" line="286"/>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>EnforcementDialog</name>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="193"/>
        <source>Record enforcement route</source>
        <translation>登记效力确认途径</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="196"/>
        <source>Arbitral review: joint application within 15 days of the agreement taking effect (until {review}).
Judicial confirmation: application to the court within 30 days (until {confirmation}).
Only one of these two may be taken. A payment order (支付令) may be applied for when the employer has not paid an eligible term.</source>
        <translation>仲裁审查：自调解协议生效之日起15日内由双方共同申请（截至{review}）。
司法确认：自调解协议生效之日起30日内向人民法院申请（截至{confirmation}）。
以上两种途径只能选择一种。用人单位未支付可申请支付令的条款的，可以申请支付令。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="201"/>
        <source>&amp;Route:</source>
        <translation>途径(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="204"/>
        <source>&amp;Applied on:</source>
        <translation>申请日期(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="47"/>
        <source>Extend the mediation period of {case_no}</source>
        <translation>延长案件{case_no}的调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="49"/>
        <source>An extension needs the consent of both parties, recorded on file.</source>
        <translation>延长调解期限须经双方当事人同意，并记录在案。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="51"/>
        <source>The period now ends on {due}.</source>
        <translation>现调解期限至{due}届满。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="56"/>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="57"/>
        <source>Extend &amp;by</source>
        <translation>延长(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="58"/>
        <source>How and when it was given (optional)</source>
        <translation>同意的方式和时间（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="59"/>
        <source>The &amp;applicant consents</source>
        <translation>申请人同意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="60"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="61"/>
        <source>The &amp;respondent consents</source>
        <translation>被申请人同意(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="62"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="64"/>
        <source>Rea&amp;son</source>
        <translation>理由(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="65"/>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="70"/>
        <source>The law requires the applicant&apos;s consent.</source>
        <translation>依法须经申请人同意。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="72"/>
        <source>The law requires the respondent&apos;s consent.</source>
        <translation>依法须经被申请人同意。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="76"/>
        <source>consent given; recorded on {day} by {name}</source>
        <translation>已同意；{name}于{day}记录</translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <location filename="../../ui/intake/sections.py" line="82"/>
        <source>Facts and dates</source>
        <translation>事实与日期</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="86"/>
        <source>What happened, when, and why the worker claims</source>
        <translation>争议经过、发生时间及劳动者提出请求的理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="90"/>
        <source>Still &amp;employed</source>
        <translation>仍在职(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="91"/>
        <source>Employment still ongoing</source>
        <translation>劳动关系存续</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="93"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="96"/>
        <source>&amp;Facts and reasons</source>
        <translation>事实与理由(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="97"/>
        <source>Infringement &amp;known on</source>
        <translation>知道权利受侵害日期(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="104"/>
        <source>Employment e&amp;nded on</source>
        <translation>劳动关系终止日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/sections.py" line="106"/>
        <source>Employment ended on</source>
        <translation>劳动关系终止日期</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/case_filters.py" line="94"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="95"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="96"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="97"/>
        <source>Registered, accepted or in mediation</source>
        <translation>已登记、已受理或调解中</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="100"/>
        <source>Dispute cause</source>
        <translation>争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="101"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="104"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="106"/>
        <source>Received from</source>
        <translation>收到申请日期起</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="108"/>
        <source>Received to</source>
        <translation>收到申请日期止</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="110"/>
        <source>Delete sets the date back to any</source>
        <translation>按删除键可恢复为“不限”</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="112"/>
        <source>&amp;Collective only</source>
        <translation>仅集体争议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="112"/>
        <source>Collective cases only</source>
        <translation>仅显示集体劳动争议案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="113"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="113"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="117"/>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="117"/>
        <source>C&amp;ause:</source>
        <translation>争议事由(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="118"/>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="118"/>
        <source>&amp;Received from:</source>
        <translation>收到申请日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="119"/>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="141"/>
        <source>All causes</source>
        <translation>全部争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="146"/>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="214"/>
        <source>Record follow-up visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="215"/>
        <source>Record what the visit found: how far the agreement is performed, how satisfied the parties are, and any new risk of dispute.</source>
        <translation>记录回访了解到的情况：调解协议的履行程度、当事人的满意程度以及是否出现新的争议风险。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="217"/>
        <source>&amp;Visited on:</source>
        <translation>回访日期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="218"/>
        <source>&amp;Performance:</source>
        <translation>履行情况(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="220"/>
        <source>Fully performed</source>
        <translation>已全部履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="220"/>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="220"/>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="222"/>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="224"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="224"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="224"/>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="226"/>
        <source>&amp;New risks:</source>
        <translation>新风险(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="227"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="133"/>
        <source>To continue: {field} — {problem}</source>
        <translation>请先处理：{field} — {problem}</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="51"/>
        <source>Schedule a hearing of {case_no}</source>
        <translation>安排案件{case_no}的调解会</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="51"/>
        <source>Record a hearing of {case_no}</source>
        <translation>记录案件{case_no}的调解会</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="59"/>
        <source>&amp;Starts</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="63"/>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="65"/>
        <source>The end time is known</source>
        <translation>填写结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="71"/>
        <source>&amp;End</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="76"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="79"/>
        <source>&amp;Mediators</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="81"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="82"/>
        <source>Re&amp;corder</source>
        <translation>记录人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="85"/>
        <source>Schedule</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="85"/>
        <source>Save record</source>
        <translation>保存笔录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="92"/>
        <source>People &amp;present</source>
        <translation>到场人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="93"/>
        <source>&amp;Invited participants</source>
        <translation>邀请参加人员(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="94"/>
        <source>The parties were told their rights and duties</source>
        <translation>已告知当事人权利义务</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="95"/>
        <source>&amp;Rights</source>
        <translation>权利义务告知(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="97"/>
        <source>&amp;Applicant&apos;s statement</source>
        <translation>申请人陈述(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="99"/>
        <source>Res&amp;pondent&apos;s statement</source>
        <translation>被申请人陈述(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="101"/>
        <source>Recor&amp;d</source>
        <translation>调解笔录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="105"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="139"/>
        <source>Say where the hearing is held.</source>
        <translation>请填写调解地点。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="142"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="144"/>
        <source>Tick the mediators who hold the hearing.</source>
        <translation>请勾选主持本次调解的调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="148"/>
        <source>This lies in the future: schedule the hearing instead of recording it.</source>
        <translation>该时间晚于当前时间：请安排调解，而不是记录调解笔录。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="150"/>
        <source>At a hearing the parties must be told their rights and duties.</source>
        <translation>调解时必须告知当事人权利义务。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearing_dialog.py" line="153"/>
        <source>Row {rows}: give the person&apos;s name.</source>
        <translation>第{rows}行：请填写姓名。</translation>
    </message>
</context>
<context>
    <name>HearingsPage</name>
    <message>
        <location filename="../../ui/hearings_page.py" line="31"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="31"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="32"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="32"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="33"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="59"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="60"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="62"/>
        <source>Show one day</source>
        <translation>按日显示</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="62"/>
        <source>Show one week</source>
        <translation>按周显示</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="67"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 向前(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="68"/>
        <source>Previous period</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="69"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="70"/>
        <source>Go to today</source>
        <translation>转到今天</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="71"/>
        <source>&amp;Next ▶</source>
        <translation>向后(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="72"/>
        <source>Next period</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="74"/>
        <source>Period shown</source>
        <translation>显示的时段</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="79"/>
        <source>Conflicts</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="86"/>
        <source>Hearings by day</source>
        <translation>按日排列的调解会</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="149"/>
        <source>Week of {start} – {end}</source>
        <translation>{start} 至 {end}（一周）</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="177"/>
        <source>No hearings on this day.</source>
        <translation>当日没有调解会。</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="177"/>
        <source>No hearings this week.</source>
        <translation>该周没有调解会。</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="186"/>
        <source>no hearings</source>
        <translation>无调解会</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="188"/>
        <source>1 hearing</source>
        <translation>1场调解会</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="190"/>
        <source>{n} hearings</source>
        <translation>{n}场调解会</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="191"/>
        <source>{weekday} {date} ({count})</source>
        <translation>{date} {weekday}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="193"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="207"/>
        <source>No end time recorded; counted as {hours} hours when checking for conflicts.</source>
        <translation>未登记结束时间；检查时间冲突时按{hours}小时计算。</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="209"/>
        <location filename="../../ui/hearings_page.py" line="231"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="210"/>
        <source>{applicant} v. {respondent}</source>
        <translation>{applicant}与{respondent}</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="213"/>
        <source>Conflict: {what}</source>
        <translation>时间冲突：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="230"/>
        <source>{what} (also for {case_no} at {time})</source>
        <translation>{what}（{time}另安排于案件{case_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="238"/>
        <source>⚠ 1 conflict in this period:</source>
        <translation>⚠ 本时段有1处时间冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="238"/>
        <source>⚠ {n} conflicts in this period:</source>
        <translation>⚠ 本时段有{n}处时间冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="244"/>
        <source>{name} is booked into two overlapping hearings: {a} at {a_time} and {b} at {b_time}</source>
        <translation>{name}被安排参加两场时间重叠的调解会：{a_time}的{a}和{b_time}的{b}</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="247"/>
        <source>{place} is booked twice at overlapping times: {a} at {a_time} and {b} at {b_time}</source>
        <translation>{place}在重叠时间被安排了两次：{a_time}的{a}和{b_time}的{b}</translation>
    </message>
    <message>
        <location filename="../../ui/hearings_page.py" line="250"/>
        <source>… and {n} more, marked in the list below.</source>
        <translation>…另有{n}处，已在下方列表中标出。</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="31"/>
        <source>Record hearing…</source>
        <translation>记录调解会…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="33"/>
        <source>Schedule hearing…</source>
        <translation>安排调解…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="42"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="42"/>
        <location filename="../../ui/case_view/hearings_tab.py" line="79"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="42"/>
        <location filename="../../ui/case_view/hearings_tab.py" line="80"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="42"/>
        <location filename="../../ui/case_view/hearings_tab.py" line="81"/>
        <source>Present</source>
        <translation>到场人员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="43"/>
        <location filename="../../ui/case_view/hearings_tab.py" line="82"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="43"/>
        <source>Hearings</source>
        <translation>调解会</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="47"/>
        <source>Hearing record</source>
        <translation>调解会记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="61"/>
        <source>No hearing has been held or scheduled yet.</source>
        <translation>尚未举行或安排调解。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="65"/>
        <source>You are not assigned to this case.</source>
        <translation>您不是本案的承办调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="79"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="80"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="81"/>
        <source>Invited</source>
        <translation>邀请参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="84"/>
        <source>Rights and duties</source>
        <translation>权利义务告知</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="85"/>
        <source>explained to the parties</source>
        <translation>已向当事人告知</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="85"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="89"/>
        <source>Applicant&apos;s statement</source>
        <translation>申请人陈述</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="90"/>
        <source>Respondent&apos;s statement</source>
        <translation>被申请人陈述</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/hearings_tab.py" line="91"/>
        <source>Record</source>
        <translation>调解笔录</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="21"/>
        <source>Every change to this case, who made it and why. Entries cannot be edited.</source>
        <translation>本案的每一项变更、操作人及理由。记录不可修改。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="24"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="24"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="24"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="25"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/history_tab.py" line="25"/>
        <source>Case history</source>
        <translation>案件办理记录</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/form.py" line="85"/>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="86"/>
        <source>One &amp;worker</source>
        <translation>劳动者一人(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="87"/>
        <source>Se&amp;veral workers (a collective dispute from 10)</source>
        <translation>劳动者多人（10人以上为集体劳动争议）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="104"/>
        <source>Respondent (employer)</source>
        <translation>被申请人（用人单位）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="108"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="131"/>
        <source>&amp;Register application</source>
        <translation>登记申请(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="132"/>
        <source>Register application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="133"/>
        <source>Register the application and give it a case number (Ctrl+S)</source>
        <translation>登记申请并编立案号（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="163"/>
        <source>The draft could not be saved: {error}</source>
        <translation>草稿无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="191"/>
        <source>Draft saved on this PC at {time} (drafts are not synced to other PCs)</source>
        <translation>草稿已于{time}保存在本机（草稿不会同步到其他电脑）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="212"/>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="289"/>
        <source>Draft restored</source>
        <translation>已恢复草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="296"/>
        <source>The draft could not be opened: {error}</source>
        <translation>草稿无法打开：{error}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Sign in — Mediator</source>
        <translation>登录 — 劳动争议调解工作台</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="58"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <location filename="../../ui/login.py" line="135"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Choose your name</source>
        <translation>请选择您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="135"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="148"/>
        <source>Wrong password. Try again.</source>
        <translation>密码错误，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="25"/>
        <source>Today</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="26"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="27"/>
        <source>Hearings</source>
        <translation>调解会</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="28"/>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Reports</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="29"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="30"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Labour Dispute Mediation Workbench — {office}</source>
        <translation>劳动争议调解工作台 — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The federation&apos;s statistics and ledgers will appear here in a later version.</source>
        <translation>市总工会的统计报表和台账将在后续版本中在此提供。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="241"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="242"/>
        <source>Add an account for each mediator now, or later in Settings. Tell each mediator their login and password.</source>
        <translation>现在为每位调解员添加账户，也可以以后在“设置”中添加。请将登录名和密码告知每位调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="244"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="245"/>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="246"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="248"/>
        <source>&amp;Add mediator</source>
        <translation>添加调解员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="257"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="257"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="258"/>
        <source>Mediators to add</source>
        <translation>待添加的调解员</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="263"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="289"/>
        <source>Mediator {n} ({login}): {problem}</source>
        <translation>调解员{n}（{login}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="293"/>
        <source>press Add mediator to keep the mediator you typed, or clear the fields</source>
        <translation>请点击“添加调解员”保留已填写的调解员，或清空这些输入框</translation>
    </message>
</context>
<context>
    <name>MoneyDateEdits</name>
    <message>
        <location filename="../../ui/case_view/money_date_edits.py" line="32"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/money_date_edits.py" line="73"/>
        <source>e.g. 6000 or 1409.50</source>
        <translation>如：6000或1409.50</translation>
    </message>
</context>
<context>
    <name>NotPerformedDialog</name>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="174"/>
        <source>Mark agreement not performed</source>
        <translation>登记调解协议未履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="176"/>
        <source>term {seq} due {due}</source>
        <translation>第{seq}项（履行期限{due}）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="178"/>
        <source>Overdue: {terms}.
The case will be marked not performed. The worker may then apply for labour arbitration; for terms on wages, work-injury medical costs, economic compensation or damages, the worker may apply to the court for a payment order (支付令).</source>
        <translation>已逾期：{terms}。
本案将登记为未履行。劳动者可以依法申请劳动争议仲裁；涉及劳动报酬、工伤医疗费、经济补偿或者赔偿金的条款，劳动者可以向人民法院申请支付令。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="181"/>
        <source>&amp;What happened:</source>
        <translation>未履行情况(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="39"/>
        <source>Township (乡镇)</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="40"/>
        <source>Sub-district (街道)</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="41"/>
        <source>Village (村)</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="42"/>
        <source>Industrial park station</source>
        <translation>工业园区调解站</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="43"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="44"/>
        <source>People&apos;s mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="154"/>
        <source>Your office</source>
        <translation>本调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="155"/>
        <source>These appear on every document and case number.</source>
        <translation>以下信息将显示在所有文书和案号中。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="156"/>
        <source>Office &amp;name</source>
        <translation>调解组织名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="157"/>
        <source>e.g. 旧城镇劳动争议调解委员会</source>
        <translation>如：旧城镇劳动争议调解委员会</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="158"/>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="159"/>
        <source>used in case numbers, e.g. 旧城</source>
        <translation>用于案号，如：旧城</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="160"/>
        <source>Office &amp;code</source>
        <translation>调解组织代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="161"/>
        <source>your registered code, at most 32 characters</source>
        <translation>登记的组织代码，最多32个字符</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="165"/>
        <source>&amp;Kind of office</source>
        <translation>调解组织类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="167"/>
        <source>Kind of office</source>
        <translation>调解组织类型</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="172"/>
        <source>Case number &amp;format</source>
        <translation>案号格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="173"/>
        <source>{office} is the short name; {year} and {seq} are required; {seq:03d} pads the number to three digits.</source>
        <translation>{office}为简称；必须包含{year}和{seq}；{seq:03d}表示序号补足三位。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="194"/>
        <source>Office</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="202"/>
        <source>Example: {number}</source>
        <translation>示例：{number}</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="66"/>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="73"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="73"/>
        <location filename="../../ui/case_view/parties_tab.py" line="81"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="73"/>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="74"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="74"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="74"/>
        <source>Employer / legal representative</source>
        <translation>用人单位/法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="75"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="75"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="79"/>
        <location filename="../../ui/case_view/parties_tab.py" line="82"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="81"/>
        <source>Lead</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="81"/>
        <source>Assigned</source>
        <translation>指派日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="81"/>
        <source>Ended</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="82"/>
        <source>Recorded link to a party</source>
        <translation>与当事人的登记关联</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="85"/>
        <location filename="../../ui/case_view/parties_tab.py" line="89"/>
        <source>Recusal requests</source>
        <translation>回避申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="87"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="87"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="87"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="88"/>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="88"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="88"/>
        <source>Decision reason</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="91"/>
        <source>Decide selected request…</source>
        <translation>对所选申请作出决定…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="102"/>
        <source>Full ID numbers are shown. This view has been logged in the case history.</source>
        <translation>正在显示完整身份证号码。本次查看已记入案件办理记录。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="104"/>
        <source>ID numbers are masked to protect personal information.</source>
        <translation>为保护个人信息，身份证号码已部分隐藏。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="107"/>
        <source>lead</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="111"/>
        <source>pending</source>
        <translation>待决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="116"/>
        <source>No request is waiting for a decision.</source>
        <translation>没有待决定的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/parties_tab.py" line="124"/>
        <source>{role} of {name}</source>
        <translation>{name}的{role}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="127"/>
        <source>Record payment</source>
        <translation>登记履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="128"/>
        <source>Record money received by the payee, or that a term without an amount was performed. The case becomes performed when every term is.</source>
        <translation>登记收款方收到的款项，或登记不涉及金额的条款已履行。全部条款履行完毕后，案件即为已履行。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="130"/>
        <source>&amp;Term:</source>
        <translation>条款(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="134"/>
        <source>not money</source>
        <translation>非金钱给付</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="135"/>
        <source>{seq}. {what} (outstanding {owed}, due {due})</source>
        <translation>{seq}. {what}（尚欠{owed}，{due}到期）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="137"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="139"/>
        <source>&amp;Paid on:</source>
        <translation>支付日期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="140"/>
        <source>&amp;Method:</source>
        <translation>支付方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="143"/>
        <source>&amp;Receipt or transfer reference:</source>
        <translation>收据或转账凭证号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="144"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/payment_dialogs.py" line="159"/>
        <source>choose the term that was paid</source>
        <translation>请选择已支付的条款</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="84"/>
        <source>No settlement agreement has been recorded yet; performance is followed here once the agreement is signed.</source>
        <translation>尚未登记调解协议书；协议签署后，在此跟踪履行情况。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="89"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="89"/>
        <source>What is agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="89"/>
        <source>Due date</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="89"/>
        <location filename="../../ui/case_view/performance_tab.py" line="115"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="90"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="90"/>
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="90"/>
        <source>State</source>
        <translation>履行状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="90"/>
        <source>Terms and their performance</source>
        <translation>协议条款及履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="93"/>
        <source>Record &amp;payment…</source>
        <translation>登记付款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="94"/>
        <source>Mark &amp;not performed…</source>
        <translation>登记未履行(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="95"/>
        <source>Record &amp;enforcement route…</source>
        <translation>登记效力确认途径(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="96"/>
        <source>Record &amp;follow-up visit…</source>
        <translation>登记回访(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="115"/>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="115"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="115"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="116"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="116"/>
        <location filename="../../ui/case_view/performance_tab.py" line="118"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="116"/>
        <location filename="../../ui/case_view/performance_tab.py" line="121"/>
        <source>Payments received</source>
        <translation>已收付款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="117"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="117"/>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="117"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="118"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="118"/>
        <source>New risks</source>
        <translation>新风险</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="118"/>
        <source>Follow-up visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="119"/>
        <source>No payment recorded yet.</source>
        <translation>尚未登记付款。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="120"/>
        <source>No follow-up visit recorded yet.</source>
        <translation>尚未登记回访。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="125"/>
        <source>Follow-up visits (回访)</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="175"/>
        <source>Performed on {date}</source>
        <translation>已于{date}履行</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="179"/>
        <source>OVERDUE by {n} day(s)</source>
        <translation>已逾期{n}天</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="181"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="183"/>
        <source>Due in {n} day(s)</source>
        <translation>{n}天后到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="184"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="193"/>
        <source>(not money)</source>
        <translation>（非金钱给付）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="208"/>
        <source>Case status: &lt;b&gt;{status}&lt;/b&gt;. Agreed {total}, paid {paid}, outstanding {left}.</source>
        <translation>案件状态：&lt;b&gt;{status}&lt;/b&gt;。约定金额{total}，已付{paid}，未付{left}。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="212"/>
        <source>&lt;b&gt;{n} term(s) overdue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n}项条款已逾期。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="220"/>
        <source>&lt;b&gt;Payment order (支付令) possible.&lt;/b&gt; Term(s) {terms} concern wages, work-injury medical costs, economic compensation or damages. If the employer does not pay them on time, the worker may take this agreement straight to the basic people&apos;s court and apply for a payment order (Art. 16, Labour Dispute Mediation and Arbitration Law), without going to arbitration first.</source>
        <translation>&lt;b&gt;可以申请支付令。&lt;/b&gt;第{terms}项条款涉及支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金。用人单位在协议约定期限内不履行的，劳动者可以持调解协议书直接向基层人民法院申请支付令（《劳动争议调解仲裁法》第十六条），无须先申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="234"/>
        <source>Route taken to enforce the agreement: {route}, on {date}.</source>
        <translation>已选择的效力确认途径：{route}，申请日期{date}。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="244"/>
        <source>Judicial confirmation (司法确认) may still be applied for until {due}; a confirmed agreement can be enforced by the court.</source>
        <translation>在{due}前仍可申请司法确认；经司法确认的调解协议可以向人民法院申请强制执行。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="246"/>
        <source>&lt;b&gt;The agreement was not performed.&lt;/b&gt; Routes now open:</source>
        <translation>&lt;b&gt;调解协议未履行。&lt;/b&gt;现可选择以下途径：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="256"/>
        <source>Every term is performed.</source>
        <translation>所有条款均已履行。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/performance_tab.py" line="258"/>
        <source>No term is overdue yet.</source>
        <translation>尚无逾期未履行的条款。</translation>
    </message>
</context>
<context>
    <name>PresentTable</name>
    <message>
        <location filename="../../ui/case_view/present_table.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/present_table.py" line="37"/>
        <location filename="../../ui/case_view/present_table.py" line="73"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/present_table.py" line="43"/>
        <source>People present</source>
        <translation>到场人员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/present_table.py" line="47"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/present_table.py" line="48"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../ui/intake/saving.py" line="62"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="63"/>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="64"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="65"/>
        <source>Confirm that you have checked the warnings above and register the case</source>
        <translation>确认已核对以上提示，登记案件</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="89"/>
        <source>Please check these warnings. If they are right as entered, confirm with “Save anyway”; the confirmation is recorded with the case.</source>
        <translation>请核对以下提示。如所填内容无误，请点击“仍然保存”确认；确认情况将记入案件。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="93"/>
        <source>The application was not saved. Please correct:</source>
        <translation>申请未保存，请更正以下内容：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/saving.py" line="104"/>
        <source>The form changed since these warnings; save again to re-check.</source>
        <translation>提示生成后表单已有改动，请重新保存以再次检查。</translation>
    </message>
</context>
<context>
    <name>RecusalDecisionDialog</name>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="147"/>
        <source>Decide recusal request in {case_no}</source>
        <translation>决定案件{case_no}的回避申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="148"/>
        <source>{who} asks that {mediator} step aside: {reason}</source>
        <translation>{who}申请调解员{mediator}回避，理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="153"/>
        <source>&amp;Decision</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="155"/>
        <source>&amp;Reasons</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="156"/>
        <source>Decide</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="162"/>
        <source>Please give the reasons for the decision.</source>
        <translation>请填写决定理由。</translation>
    </message>
</context>
<context>
    <name>RecusalRequestDialog</name>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="109"/>
        <source>Recusal request in {case_no}</source>
        <translation>案件{case_no}回避申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="113"/>
        <source>&amp;Mediator</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="117"/>
        <source>Requested &amp;by</source>
        <translation>申请人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="119"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="121"/>
        <source>Requested &amp;on</source>
        <translation>申请日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="123"/>
        <source>Record request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="128"/>
        <source>No mediator is assigned to this case.</source>
        <translation>本案尚未指派调解员。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="130"/>
        <source>Say who asks.</source>
        <translation>请填写申请人。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/people_dialogs.py" line="132"/>
        <source>Please give the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="71"/>
        <source>Reject case {case_no}</source>
        <translation>案件{case_no}不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="71"/>
        <source>&amp;Reasons</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="72"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="72"/>
        <source>&amp;Decided on</source>
        <translation>决定日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="73"/>
        <source>A refusal is given in writing with its reasons; the notice tells the applicant of other routes (arbitration, labour inspection).</source>
        <translation>不予受理应当书面作出并说明理由；通知书应告知申请人可通过劳动争议仲裁、劳动保障监察等其他途径解决。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="116"/>
        <source>Reopen case {case_no}</source>
        <translation>重新办理案件{case_no}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="117"/>
        <source>&amp;Why it is reopened</source>
        <translation>重新办理理由(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="117"/>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="118"/>
        <source>The case returns to where it stood before it ended. The reason is kept in the case history.</source>
        <translation>案件将恢复到办结前的状态，理由记入办理记录。</translation>
    </message>
</context>
<context>
    <name>RespondentPanel</name>
    <message>
        <location filename="../../ui/intake/respondent.py" line="33"/>
        <source>Em&amp;ployer</source>
        <translation>用人单位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="33"/>
        <source>Credit &amp;code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="33"/>
        <source>Employer a&amp;ddress</source>
        <translation>单位地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="34"/>
        <source>Le&amp;gal representative</source>
        <translation>法定代表人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="34"/>
        <source>Their &amp;title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="35"/>
        <source>Employer p&amp;hone</source>
        <translation>单位电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="42"/>
        <source>Type to choose from employers of earlier cases</source>
        <translation>输入文字可从以往案件的用人单位中选择</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="43"/>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18位</translation>
    </message>
    <message>
        <location filename="../../ui/intake/respondent.py" line="44"/>
        <source>e.g. Director</source>
        <translation>如：总经理</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="134"/>
        <source>Creating the sample office</source>
        <translation>正在创建示例调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="135"/>
        <source>Sign in later as “{login}” with the password “{password}”.</source>
        <translation>之后请使用登录名“{login}”和密码“{password}”登录。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="138"/>
        <source>Demo cases created</source>
        <translation>已生成的演示案件</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="140"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="141"/>
        <source>Stop making demo cases; the office keeps the cases already made</source>
        <translation>停止生成演示案件；已生成的案件仍保留在调解组织中</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../ui/case_filters.py" line="202"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="205"/>
        <source>View name</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="206"/>
        <source>Problem with the view name</source>
        <translation>视图名称有误</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="210"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="229"/>
        <source>Replaces the saved view “{name}”.</source>
        <translation>将替换保存的视图“{name}”。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="41"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="50"/>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="66"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="67"/>
        <source>Colour scheme:</source>
        <translation>配色方案：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>Office</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <source>Code:</source>
        <translation>组织代码：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="79"/>
        <source>Case number format:</source>
        <translation>案号格式：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="79"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <location filename="../../ui/settings_page.py" line="93"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="94"/>
        <source>Add a user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Only the chair may add users.</source>
        <translation>只有主任可以添加用户。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="177"/>
        <source>Set up Mediator</source>
        <translation>设置调解工作台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="179"/>
        <source>Create sample office</source>
        <translation>创建示例调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="225"/>
        <source>Setting up the office…</source>
        <translation>正在设置调解组织…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="246"/>
        <source>The office is set up</source>
        <translation>调解组织设置完成</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="247"/>
        <source>The office and its chair were created and you are signed in, but these mediators could not be added: {problems}. Add them later in Settings → Users. Press Finish to continue.</source>
        <translation>调解组织和主任已创建，您已登录，但以下调解员未能添加：{problems}。请以后在“设置 → 用户”中添加。点击“完成”继续。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="294"/>
        <source>Creating the office…</source>
        <translation>正在创建调解组织…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="304"/>
        <source>Making {n} demo cases…</source>
        <translation>正在生成{n}件演示案件…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="311"/>
        <source>The sample office is ready with {n} cases. Press Finish to start.</source>
        <translation>示例调解组织已就绪，共{n}件案件。点击“完成”开始使用。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="313"/>
        <source>Stopped. The sample office keeps the cases made so far. Press Finish to start.</source>
        <translation>已停止。示例调解组织保留已生成的案件。点击“完成”开始使用。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="324"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="344"/>
        <source>The sample office was created but its demo cases could not all be made: {problem}. Press Finish to start.</source>
        <translation>示例调解组织已创建，但部分演示案件未能生成：{problem}。点击“完成”开始使用。</translation>
    </message>
</context>
<context>
    <name>SignedCopyBar</name>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="38"/>
        <source>Attach signed copy…</source>
        <translation>添加签署本…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="53"/>
        <source>Attach the scanned signed agreement (an image or a PDF); its hash is recorded</source>
        <translation>添加已签署调解协议的扫描件（图片或 PDF），并记录其校验码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="62"/>
        <source>✔ Signed copy on file</source>
        <translation>✔ 已存档签署本</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="65"/>
        <source>The attached signed copy is missing or damaged in the data folder; attach it again</source>
        <translation>数据文件夹中已添加的签署本丢失或损坏，请重新添加</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="69"/>
        <source>No signed copy of the agreement on file yet</source>
        <translation>尚未存档调解协议签署本</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/signed_copy.py" line="71"/>
        <source>{file}, attached {when} by {who}, SHA-256 {hash}</source>
        <translation>{file}，{when} 由 {who} 添加，SHA-256 {hash}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="94"/>
        <source>Ready to set up</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="95"/>
        <source>Check the details, then press Finish to create the office.</source>
        <translation>请核对以下信息，然后点击“完成”创建调解组织。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="99"/>
        <source>Setting up the office</source>
        <translation>正在创建调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="112"/>
        <source>Office</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="113"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>Office code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Case numbers</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Chair</source>
        <translation>主任</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>SyncCasesBox</name>
    <message>
        <location filename="../../ui/sync_cases.py" line="27"/>
        <location filename="../../ui/sync_cases.py" line="31"/>
        <source>Sync state of cases</source>
        <translation>案件同步状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="30"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="30"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="30"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="47"/>
        <source>The sync state of cases cannot be read: {reason}</source>
        <translation>无法读取案件同步状态：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="53"/>
        <source>Every case on this computer is in step with the central store.</source>
        <translation>本机所有案件都已与中心库一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="55"/>
        <source>{total} cases are not yet in step with the central store; the first {shown} are listed. Double-click a case to open it.</source>
        <translation>有 {total} 个案件尚未与中心库一致，下面列出前 {shown} 个。双击案件可将其打开。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="59"/>
        <source>{total} cases are not yet in step with the central store. Double-click a case to open it.</source>
        <translation>有 {total} 个案件尚未与中心库一致。双击案件可将其打开。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_cases.py" line="71"/>
        <source>{count} other changes (staff, settings, case-number blocks) are waiting to be sent.</source>
        <translation>另有 {count} 项其他修改（人员、设置、案号段）等待发送。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="52"/>
        <source>Sync with the city federation</source>
        <translation>与市总工会同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="58"/>
        <source>Changes made on this computer are sent to the federation&apos;s central store, and changes made elsewhere for this office are fetched. While a central store is set this happens every {minutes} minutes in the background; you can keep working meanwhile.</source>
        <translation>本机所做的修改会发送到总工会的中心库，本调解组织在其他电脑上所做的修改也会取回本机。设置了中心库后，每 {minutes} 分钟在后台自动同步一次，同步时可以照常工作。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="89"/>
        <source>Central store</source>
        <translation>中心库</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="92"/>
        <source>Central store address</source>
        <translation>中心库地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="93"/>
        <source>Address given by the federation</source>
        <translation>总工会提供的地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="97"/>
        <source>A PostgreSQL server such as “postgresql://user@host/db”, or a shared file “sqlite:///path”. The password is never kept with the address: it is asked once and kept in this computer&apos;s password keyring.</source>
        <translation>可以是数据库服务器，如“postgresql://用户@主机/数据库”，也可以是共享文件“sqlite:///路径”。密码不会与地址一起保存：只询问一次，之后保存在本机的密码库中。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="105"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="106"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="110"/>
        <source>Stop after the current batch; what was sent is kept.</source>
        <translation>在当前这一批完成后停止；已发送的部分保留。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="113"/>
        <source>Re-base now</source>
        <translation>立即重新定基</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="115"/>
        <source>Sync again, adjusting to the restore: nothing on this computer is deleted; what the other side lacks is sent again and fetched again.</source>
        <translation>按恢复后的情况重新同步：本机数据一概不删；对方缺少的记录会重新发送、重新取回。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="131"/>
        <source>Result of the last sync</source>
        <translation>最近一次同步的结果</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="132"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="134"/>
        <source>Last successful sync:</source>
        <translation>最近一次成功同步：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="136"/>
        <source>Changes waiting to be sent:</source>
        <translation>待发送的修改：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="140"/>
        <source>Case numbers on this computer</source>
        <translation>本机的案号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150"/>
        <source>Conflicts and rejected records</source>
        <translation>冲突和被拒绝的记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="175"/>
        <source>Connecting to the central store…</source>
        <translation>正在连接中心库…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source>Sending changes: {count} records sent so far…</source>
        <translation>正在发送修改：已发送 {count} 条记录…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="189"/>
        <source>Received {count} records; finishing…</source>
        <translation>已收到 {count} 条记录；即将完成…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="193"/>
        <source>Sync finished. {summary}</source>
        <translation>同步完成。{summary}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>This computer&apos;s database had been restored from a backup: it now syncs as a new computer, took back this office&apos;s records and sent what was changed since the restore.</source>
        <translation>本机数据库曾从备份恢复：现以新电脑的身份同步，已取回本单位的记录，并发送了恢复之后的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="200"/>
        <source>The central store had been restored from an older copy: this computer sent again every record it lacked.</source>
        <translation>中心库曾从较旧的副本恢复：本机已重新发送中心库缺少的全部记录。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>Sync did not happen: {reason}</source>
        <translation>未能同步：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="215"/>
        <source>Records sent: {pushed}. Records received: {pulled}. Conflicts: {conflicts}. Rejected records: {rejects}.</source>
        <translation>发送记录 {pushed} 条，收到记录 {pulled} 条，冲突 {conflicts} 条，被拒绝的记录 {rejects} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="229"/>
        <source>This computer numbers cases without a limit until its first sync; after that, case numbers come in blocks the central store reserves for it, so that several computers of one office never take the same number.</source>
        <translation>首次同步之前，本机编案号不受限制；首次同步之后，案号从中心库为本机预留的号段中取用，这样同一调解组织的几台电脑不会用到相同的案号。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="233"/>
        <source>Case numbers of {year} left on this computer: {count}.</source>
        <translation>本机剩余 {year} 年案号：{count} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="242"/>
        <source>No sync has finished yet.</source>
        <translation>尚未完成过同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="245"/>
        <source>The last sync reported {conflicts} conflicts and {rejects} rejected records. Nothing is lost: conflicts wait below for your choice, refused records are listed with their case.</source>
        <translation>上次同步报告了 {conflicts} 个冲突和 {rejects} 条被拒绝的记录。数据没有丢失：冲突在下方等待您的选择，被拒绝的记录列在所属案件下。</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/sync_runner.py" line="132"/>
        <source>No central store is set yet: enter its address first.</source>
        <translation>尚未设置中心库：请先填写其地址。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_runner.py" line="162"/>
        <source>The central store {url} asks for a password: press Sync now to type it.</source>
        <translation>中心库 {url} 需要密码：请点击“立即同步”输入密码。</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="15"/>
        <source>Password of {user} at the central store {url}:</source>
        <translation>中心库 {url} 上用户 {user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="19"/>
        <source>Central store password</source>
        <translation>中心库密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="35"/>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="44"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="47"/>
        <source>Sync: last {when}, {count} changes to send</source>
        <translation>同步：上次 {when}，待发送 {count} 条修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="48"/>
        <source>Sync: never synced, {count} changes to send</source>
        <translation>同步：从未同步，待发送 {count} 条修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="50"/>
        <source> — password needed</source>
        <translation>——需要密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="52"/>
        <source> — last attempt failed</source>
        <translation>——上次同步失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="57"/>
        <source> — few case numbers left</source>
        <translation>——案号即将用完</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="87"/>
        <source>Terminate mediation of {case_no}</source>
        <translation>终止案件{case_no}的调解</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="88"/>
        <source>The termination notice tells the parties they may apply for arbitration.</source>
        <translation>终止调解通知书将告知当事人可以依法申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="90"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="93"/>
        <source>Reason &amp;type</source>
        <translation>终止原因(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="97"/>
        <source>&amp;Reasons</source>
        <translation>具体理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="99"/>
        <source>&amp;Terminated on</source>
        <translation>终止日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="100"/>
        <source>Terminate</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="105"/>
        <source>Choose why mediation ends.</source>
        <translation>请选择终止调解的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/period_dialogs.py" line="107"/>
        <source>Please write down the reasons; the notice states them.</source>
        <translation>请填写具体理由，通知书中将载明。</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="31"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="32"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="33"/>
        <source>What is agreed</source>
        <translation>约定内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="34"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="35"/>
        <source>Due date</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="36"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="37"/>
        <source>Place</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="38"/>
        <source>Dispute cause</source>
        <translation>争议事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="63"/>
        <source>Agreed terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="68"/>
        <source>&amp;Add term</source>
        <translation>添加条款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="69"/>
        <source>Add a term</source>
        <translation>添加一项条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="70"/>
        <location filename="../../ui/case_view/terms_editor.py" line="176"/>
        <source>&amp;Remove term</source>
        <translation>删除条款(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="109"/>
        <location filename="../../ui/case_view/terms_editor.py" line="142"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="113"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="145"/>
        <location filename="../../ui/case_view/terms_editor.py" line="146"/>
        <source>{role} {name}</source>
        <translation>{role} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="176"/>
        <source>&amp;Remove term {n}</source>
        <translation>删除第{n}项条款(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/terms_editor.py" line="188"/>
        <source>Term {n}: {column}</source>
        <translation>第{n}项条款：{column}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="39"/>
        <source>Acceptance decisions</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="40"/>
        <source>Mediation periods</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="41"/>
        <source>Agreement payments</source>
        <translation>调解协议付款</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="42"/>
        <source>Review and confirmation windows</source>
        <translation>仲裁审查与司法确认申请期限</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="43"/>
        <source>Limitation warnings</source>
        <translation>仲裁时效提示</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="46"/>
        <source>Decide whether to accept the application</source>
        <translation>决定是否受理申请</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="47"/>
        <source>Mediation period ends</source>
        <translation>调解期限届满</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="48"/>
        <source>Last day to apply for arbitral review</source>
        <translation>申请仲裁审查的最后一日</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="49"/>
        <source>Last day to apply for judicial confirmation</source>
        <translation>申请司法确认的最后一日</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="50"/>
        <source>Limitation period for arbitration ends</source>
        <translation>仲裁时效届满</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="55"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="55"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="56"/>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="56"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="57"/>
        <source>State</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="116"/>
        <source>Overdue by {n} days</source>
        <translation>已逾期{n}天</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="118"/>
        <source>Overdue by 1 day</source>
        <translation>已逾期1天</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="120"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="122"/>
        <source>Due tomorrow</source>
        <translation>明日到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="123"/>
        <source>Due in {n} days</source>
        <translation>{n}天后到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="129"/>
        <source>Payment under term {n} of the agreement</source>
        <translation>调解协议第{n}项条款付款</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="130"/>
        <source>Agreement payment</source>
        <translation>调解协议付款</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="136"/>
        <source>{applicant} v. {respondent}</source>
        <translation>{applicant}与{respondent}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="156"/>
        <source>Overdue and due today</source>
        <translation>已逾期及今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="156"/>
        <source>Within {n} days</source>
        <translation>{n}天内</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="158"/>
        <source>Show deadlines due within</source>
        <translation>显示期限的到期范围</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="159"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="161"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="162"/>
        <source>Refresh the due list</source>
        <translation>刷新到期事项列表</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="164"/>
        <source>Summary of deadlines</source>
        <translation>期限概况</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="169"/>
        <source>Deadlines due or overdue, grouped by kind</source>
        <translation>到期或已逾期的期限（按类别分组）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="176"/>
        <source>Dates marked “provisional” were counted without the official holiday calendar for their year, which is not yet confirmed; they may move when it is.</source>
        <translation>标注“暂定”的日期，因该年度国务院放假安排尚未确定，未按法定节假日计算；放假安排公布后日期可能变动。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="224"/>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="250"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="251"/>
        <source>Provisional: the official holiday calendar for {year} is not confirmed yet, so this date may still move.</source>
        <translation>暂定：{year}年国务院放假安排尚未确定，此日期可能变动。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="274"/>
        <source>Today is {today}: {overdue} overdue, {due_today} due today, {later} coming up.</source>
        <translation>今天是{today}：已逾期{overdue}项，今日到期{due_today}项，即将到期{later}项。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="279"/>
        <source>Nothing is due or overdue today.</source>
        <translation>今天没有到期或逾期的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="280"/>
        <source>Nothing is due or overdue within the next {n} days.</source>
        <translation>未来{n}天内没有到期或逾期的事项。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/user_dialog.py" line="28"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="36"/>
        <source>May see full ID numbers</source>
        <translation>可查看完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="41"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="41"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="42"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="42"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="43"/>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.py" line="55"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="55"/>
        <source>Welcome to Mediator</source>
        <translation>欢迎使用劳动争议调解工作台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="56"/>
        <source>This data directory has no office yet: {path}</source>
        <translation>此数据目录尚未设置调解组织：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="57"/>
        <source>&amp;Set up my office</source>
        <translation>设置本调解组织(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="58"/>
        <source>&amp;Try with sample data</source>
        <translation>使用示例数据试用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="64"/>
        <source>A made-up office with {n} invented cases, to explore the program. Sign in as “{login}” with the password “{password}”. The sample stays in this data directory: for your real office, start the program with another data directory.</source>
        <translation>一个虚构的调解组织，含{n}件虚构案件，供熟悉本程序使用。登录名“{login}”，密码“{password}”。示例数据保存在此数据目录中；正式使用时，请用另一个数据目录启动本程序。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="69"/>
        <source>Enter your office&apos;s details, its chair and its mediators.</source>
        <translation>填写本调解组织的信息、主任和调解员。</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="87"/>
        <source>Withdraw case {case_no}</source>
        <translation>案件{case_no}撤回申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="88"/>
        <source>&amp;Why it is withdrawn</source>
        <translation>撤回理由(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="88"/>
        <source>Withdraw</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="89"/>
        <source>&amp;Withdrawn on</source>
        <translation>撤回日期(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WorkerTable</name>
    <message>
        <location filename="../../ui/intake/parties.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="59"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="59"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="59"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="59"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="60"/>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="63"/>
        <source>Workers</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="64"/>
        <source>Paste rows copied from Excel with Ctrl+V; tick the elected representatives</source>
        <translation>可用Ctrl+V粘贴从Excel复制的行；请勾选推举的代表</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="74"/>
        <source>&amp;Add worker</source>
        <translation>添加劳动者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="75"/>
        <source>Remo&amp;ve selected</source>
        <translation>删除所选(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="76"/>
        <source>&amp;Paste from Excel</source>
        <translation>从Excel粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="83"/>
        <source>Paste problems</source>
        <translation>粘贴时发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/intake/parties.py" line="117"/>
        <source>representative</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../ui/case_view/decision_dialogs.py" line="39"/>
        <source>Please write this down; the record needs it.</source>
        <translation>请填写此项，记录中需要载明。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="176"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>
