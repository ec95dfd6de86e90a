<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="33"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="34"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="35"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="37"/>
        <source>Received</source>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="38"/>
        <source>Next deadline</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="39"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="40"/>
        <source>Amount claimed</source>
        <translation>请求金额</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="41"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
</context>
</TS>
