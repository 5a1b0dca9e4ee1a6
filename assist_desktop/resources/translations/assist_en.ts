<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../gui/admin/audit.py" line="36" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="37" />
        <location filename="../../gui/client/tasks_tab.py" line="53" />
        <location filename="../../gui/my_week.py" line="83" />
        <location filename="../../gui/sar_log.py" line="44" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="38" />
        <location filename="../../gui/client/support_tab.py" line="63" />
        <location filename="../../gui/client/tasks_tab.py" line="57" />
        <location filename="../../gui/my_week.py" line="90" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="39" />
        <location filename="../../gui/client/tasks_tab.py" line="56" />
        <location filename="../../gui/my_week.py" line="87" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="40" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="43" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="31" />
        <location filename="../../gui/client/identification_tab.py" line="26" />
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="33" />
        <source>To be verified against the current law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="35" />
        <location filename="../../gui/client/children.py" line="26" />
        <location filename="../../gui/intake.py" line="34" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="36" />
        <location filename="../../gui/client/time_tab.py" line="43" />
        <location filename="../../gui/client/time_tab.py" line="84" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="37" />
        <location filename="../../gui/client/compensation_tab.py" line="38" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="38" />
        <source>Clock starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="39" />
        <location filename="../../gui/client/tasks_tab.py" line="55" />
        <location filename="../../gui/my_week.py" line="86" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="40" />
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="40" />
        <location filename="../../gui/client/asylum_tab.py" line="47" />
        <location filename="../../gui/client/children.py" line="28" />
        <location filename="../../gui/client/identification_tab.py" line="45" />
        <location filename="../../gui/client/identification_tab.py" line="55" />
        <location filename="../../gui/sar_log.py" line="51" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="40" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="29" />
        <source>due for destruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="30" />
        <source>due for review soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="34" />
        <source>Keep until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="37" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="38" />
        <source>Extended because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="42" />
        <source>Jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="43" />
        <source>Matter type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="43" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="45" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="47" />
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="48" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="49" />
        <location filename="../../gui/admin/rules.py" line="42" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="19" />
        <location filename="../../gui/caseload/models.py" line="56" />
        <location filename="../../gui/caseload/models.py" line="85" />
        <location filename="../../gui/client/attachments_tab.py" line="24" />
        <location filename="../../gui/client/children.py" line="18" />
        <location filename="../../gui/client/identification_tab.py" line="42" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="20" />
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="21" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="36" />
        <location filename="../../gui/admin/staff.py" line="22" />
        <location filename="../../gui/caseload/models.py" line="71" />
        <location filename="../../gui/client/compensation_tab.py" line="24" />
        <location filename="../../gui/client/documents_tab.py" line="58" />
        <location filename="../../gui/client/matters.py" line="152" />
        <location filename="../../gui/client/support_tab.py" line="64" />
        <location filename="../../gui/client/support_tab.py" line="73" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="22" />
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="22" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="24" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="24" />
        <source>Temporary: to change at sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="27" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="29" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="37" />
        <source>privilege key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin/staff.py" line="39" />
        <source>key of %n restricted file(s)</source>
        <translation><numerusform>key of %n restricted file</numerusform><numerusform>key of %n restricted files</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="40" />
        <source>Waiting for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="46" />
        <source>Privileged notes do not open for her yet: her copy of the privilege key is sealed to her when another solicitor next signs in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="49" />
        <source>Notes of restricted files she is named on do not open for her yet: her copy of each file's key is sealed to her when a colleague named on that file next signs in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="44" />
        <source>No safety flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="49" />
        <source>key worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="51" />
        <source>solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="17" />
        <location filename="../../gui/admin/retention.py" line="32" />
        <location filename="../../gui/caseload/models.py" line="55" />
        <location filename="../../gui/caseload/models.py" line="84" />
        <location filename="../../gui/client/asylum_tab.py" line="37" />
        <location filename="../../gui/client/matters.py" line="149" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="18" />
        <location filename="../../gui/admin/deleted_documents.py" line="22" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="60" />
        <location filename="../../gui/client/overview.py" line="42" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="61" />
        <location filename="../../gui/client/overview.py" line="43" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="62" />
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="68" />
        <source>You are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="69" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="69" />
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="33" />
        <location filename="../../gui/caseload/models.py" line="71" />
        <location filename="../../gui/client/matters.py" line="155" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="71" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="72" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="88" />
        <source>Found in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/models.py" line="89" />
        <source>Where it matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="18" />
        <source>Her file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="18" />
        <source> (file deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="20" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="21" />
        <location filename="../../gui/client/documents_tab.py" line="60" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="27" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="28" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="29" />
        <location filename="../../gui/client/compensation_tab.py" line="37" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="21" />
        <source>Traffickers may use this child as leverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="23" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="24" />
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="28" />
        <source>Dependant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="29" />
        <source>Family reunion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="33" />
        <location filename="../../gui/client/support_tab.py" line="59" />
        <location filename="../../gui/client/tasks_tab.py" line="52" />
        <location filename="../../gui/my_week.py" line="82" />
        <location filename="../../gui/sar_log.py" line="43" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="34" />
        <source>MAT B1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="34" />
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="32" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="46" />
        <location filename="../../gui/client/asylum_tab.py" line="33" />
        <location filename="../../gui/client/asylum_tab.py" line="45" />
        <location filename="../../gui/client/children.py" line="35" />
        <location filename="../../gui/client/support_tab.py" line="74" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="36" />
        <location filename="../../gui/client/asylum_tab.py" line="44" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="46" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="47" />
        <source>Merton-compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="48" />
        <source>Challenged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="53" />
        <source>Forms of exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="55" />
        <location filename="../../gui/client/overview.py" line="58" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="56" />
        <source>How she came</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="36" />
        <location filename="../../gui/client/support_tab.py" line="81" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="38" />
        <location filename="../../gui/client/children.py" line="37" />
        <location filename="../../gui/client/overview.py" line="122" />
        <location filename="../../gui/client/support_tab.py" line="82" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="23" />
        <source>Scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="25" />
        <source>Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="26" />
        <location filename="../../gui/client/overview.py" line="118" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="27" />
        <source>Claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="29" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="31" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="35" />
        <source>Head of loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="36" />
        <source>Past/future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="41" />
        <source>Multiplicand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="42" />
        <source>Multiplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="43" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="27" />
        <location filename="../../gui/client/support_tab.py" line="68" />
        <source>Referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="28" />
        <source>Reasonable grounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="30" />
        <source>Recovery period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="33" />
        <source>Conclusive grounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="39" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="43" />
        <location filename="../../gui/client/overview.py" line="41" />
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="44" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="45" />
        <source>Do not disclose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="49" />
        <source>spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="49" />
        <source>unspent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="49" />
        <source>not yet established</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="50" />
        <source>Convicted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="51" />
        <source>Offence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="52" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="53" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="54" />
        <source>Spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="55" />
        <source>Compelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="94" />
        <source>No, unspent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="94" />
        <source>Yes, spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="95" />
        <source>Not yet established</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="96" />
        <source>Convictions (solicitors only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="103" />
        <source>Convictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/matters.py" line="150" />
        <location filename="../../gui/client/notes.py" line="23" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="55" />
        <location filename="../../gui/client/matters.py" line="151" />
        <location filename="../../gui/client/notes.py" line="24" />
        <location filename="../../gui/client/time_tab.py" line="47" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="58" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="59" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="61" />
        <source>Wording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/matters.py" line="153" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/matters.py" line="154" />
        <source>Next hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="31" />
        <location filename="../../gui/client/notes.py" line="20" />
        <location filename="../../gui/client/overview.py" line="116" />
        <location filename="../../gui/client/time_tab.py" line="42" />
        <location filename="../../gui/client/time_tab.py" line="83" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/notes.py" line="22" />
        <source>Legally privileged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="41" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="44" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="45" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="45" />
        <source>needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="49" />
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="51" />
        <source>Immigration status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="52" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="52" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="26" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="27" />
        <source>Department or person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="30" />
        <location filename="../../gui/client/overview.py" line="53" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="31" />
        <source>Checked?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="31" />
        <source>No source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="32" />
        <source>Check it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="32" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="55" />
        <source>File opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="57" />
        <source>Exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="59" />
        <source>Came to us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="117" />
        <source>Consent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="121" />
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="39" />
        <location filename="../../gui/client/support_tab.py" line="61" />
        <location filename="../../gui/client/support_tab.py" line="70" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="40" />
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="43" />
        <location filename="../../gui/client/support_tab.py" line="42" />
        <source>Assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="43" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="44" />
        <source>What she needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="62" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="69" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="71" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="71" />
        <source>given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="71" />
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="78" />
        <source>Mentor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="79" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="80" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="25" />
        <source>me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="33" />
        <source>1 day before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="34" />
        <source>%1 days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="53" />
        <source>done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="58" />
        <location filename="../../gui/my_week.py" line="91" />
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/tasks_tab.py" line="59" />
        <source>Clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="85" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="45" />
        <location filename="../../gui/client/time_tab.py" line="86" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="41" />
        <location filename="../../gui/client/time_tab.py" line="82" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="44" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="88" />
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="89" />
        <source>What was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="33" />
        <source>born %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="34" />
        <source>age %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="42" />
        <source>interpreter needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="45" />
        <source>file closed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="73" />
        <source>safe times: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="74" />
        <source>messages may be left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="75" />
        <source>do not leave messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="77" />
        <source>never disclose her address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="87" />
        <source>Alert history (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="96" />
        <source>earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="98" />
        <source>%1: raised %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="99" />
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/help.py" line="31" />
        <location filename="../../gui/help.py" line="34" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/help.py" line="39" />
        <source>About ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/help.py" line="40" />
        <source>&lt;p&gt;&lt;b&gt;ASSIST Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Encrypted case notes and case management for law centres assisting survivors of trafficking. Everything stays on this computer, in one encrypted database.&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="32" />
        <source>Strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="32" />
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="32" />
        <source>Possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="35" />
        <source>Name checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="36" />
        <source>Name on record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="38" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="67" />
        <source>Something went wrong and the action was not completed. Nothing was lost; try again, and if it happens again tell your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="73" />
        <source>Could not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="118" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="128" />
        <location filename="../../gui/messages.py" line="129" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="130" />
        <source>You have unsaved changes in %1. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="144" />
        <source>Discard what you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="148" />
        <source>You have typed something in %1. Close it and lose what you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="150" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/messages.py" line="151" />
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="42" />
        <location filename="../../gui/my_week.py" line="88" />
        <location filename="../../gui/sar_log.py" line="45" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="62" />
        <location filename="../../gui/client/support_tab.py" line="50" />
        <location filename="../../gui/client/tasks_tab.py" line="26" />
        <location filename="../../gui/client/workspace.py" line="97" />
        <source>a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="62" />
        <source>the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="66" />
        <source>raised by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="73" />
        <source>Dismissed as a false match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="74" />
        <source>Acknowledged and acted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="79" />
        <source>No alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="142" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="149" />
        <source>Nobody in particular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="151" />
        <source>A former colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="80" />
        <source>Occupation or description: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="83" />
        <source>Not read back yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="85" />
        <source>Approved by her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="85" />
        <source>Read back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="86" />
        <source> by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_model.py" line="97" />
        <source>Exhibits:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/my_week.py" line="108" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/my_week.py" line="109" />
        <source>%n due from today to %1</source>
        <translation><numerusform>%n due from today to %1</numerusform><numerusform>%n due from today to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="111" />
        <source>(tasks, deadlines, hearings, plan actions and need reviews)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/printing.py" line="97" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="39" />
        <source>answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="46" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="48" />
        <source>Received / sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="49" />
        <source>Identity checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="50" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="51" />
        <source>Extended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="6" />
        <location filename="../../../ui/action_dialog.ui" line="7" />
        <source>Support plan action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="13" />
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="14" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="15" />
        <source>&amp;Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="16" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="17" />
        <source>&amp;Who does it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="20" />
        <source>Who does it: a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="20" />
        <source>A colleague (it appears in their My week), or choose "Someone outside the centre" and name them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="21" />
        <source>Who does it: someone outside the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="21" />
        <source>Outside agency or person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="24" />
        <source>&amp;Start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="25" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="26" />
        <source>&amp;Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="27" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="28" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="29" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="30" />
        <source>&amp;Completed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="31" />
        <source>Completed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="32" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="33" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="36" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/action_dialog.ui" line="41" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../gui/admin/page.py" line="27" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="36" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="38" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="40" />
        <source>Deadline rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="47" />
        <source>Deleted files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="51" />
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="55" />
        <source>Centre details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/page.py" line="64" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin.ui" line="6" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin.ui" line="14" />
        <source>Staff accounts, the centre's security settings, the audit log, the deadline rules, and the centre's details and address book for letters. Administrators see no case content unless they also hold a casework role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin.ui" line="16" />
        <source>About administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin.ui" line="21" />
        <source>Administration sections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgeAssessmentDialog</name>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="6" />
        <location filename="../../../ui/age_assessment_dialog.ui" line="7" />
        <source>Age assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="13" />
        <source>&amp;Assessed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="14" />
        <source>Assessed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="15" />
        <source>Assessed &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="16" />
        <source>Assessed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="17" />
        <source>Assessing bod&amp;y (name):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="18" />
        <source>Assessing body (name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="19" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="20" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="21" />
        <source>Assessed a&amp;ge (years):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="22" />
        <source>Assessed age (years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="22" />
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="23" />
        <source>Assessed date of &amp;birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="24" />
        <source>Assessed date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="25" />
        <source>&amp;Merton-compliant (reasons given, trained assessors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="26" />
        <source>&amp;Interpreter present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="27" />
        <source>A&amp;ppropriate adult present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="28" />
        <source>&amp;Challenged on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="29" />
        <source>Challenged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="30" />
        <source>C&amp;hallenge outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="31" />
        <source>Challenge outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="32" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="33" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="36" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/age_assessment_dialog.ui" line="41" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AsylumEventDialog</name>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="6" />
        <location filename="../../../ui/asylum_event_dialog.ui" line="7" />
        <source>Asylum or appeal step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="13" />
        <source>&amp;Step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="14" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="15" />
        <source>&amp;Date (sent, for a decision):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="16" />
        <source>Date (sent, for a decision)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="17" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="18" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="19" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="20" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="21" />
        <source>&amp;Decided or heard by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="22" />
        <source>Decided or heard by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="23" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="24" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="25" />
        <source>&amp;Interpreter language and dialect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="26" />
        <source>Interpreter language and dialect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="27" />
        <source>Copy of the interview recording re&amp;quested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="28" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="29" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="32" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/asylum_event_dialog.ui" line="37" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AsylumTab</name>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="105" />
        <location filename="../../gui/client/asylum_tab.py" line="114" />
        <source>Asylum claim and appeals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="116" />
        <location filename="../../gui/client/asylum_tab.py" line="124" />
        <source>Age assessments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="125" />
        <location filename="../../gui/client/asylum_tab.py" line="132" />
        <source>Exploitation and how she reached the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="176" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="200" />
        <source>Deadline added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="201" />
        <source>This step starts a time limit. Added to her tasks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/asylum_tab.py" line="208" />
        <source>Her file has a profile already: choose it and Edit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="45" />
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="82" />
        <source>Add files to her file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/client/attachments_tab.py" line="100" />
        <source>Adding %n file(s)…</source>
        <translation><numerusform>Adding %n file…</numerusform><numerusform>Adding %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/client/attachments_tab.py" line="110" />
        <source>%n file(s) added. The originals are not changed; delete them from this computer if they should not stay there.</source>
        <translation><numerusform>%n file added. The originals are not changed; delete them from this computer if they should not stay there.</numerusform><numerusform>%n files added. The originals are not changed; delete them from this computer if they should not stay there.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="147" />
        <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="164" />
        <location filename="../../gui/client/attachments_tab.py" line="169" />
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="165" />
        <source>The copy will not be encrypted. Anyone who can open that folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="167" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="173" />
        <source>Copy saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="179" />
        <location filename="../../gui/client/attachments_tab.py" line="180" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/attachments_tab.py" line="179" />
        <source>Remove this file from her file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="6" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="11" />
        <source>&amp;Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="11" />
        <source>Add files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="12" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="12" />
        <source>Open the attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="13" />
        <source>Save a &amp;copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="13" />
        <source>Save a copy outside ASSIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="14" />
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="14" />
        <source>Remove the attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="15" />
        <source>New files are &amp;privileged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="15" />
        <source>Mark new files as legally privileged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="17" />
        <source>Drop files here to add them, encrypted, to her file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="17" />
        <source>Hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="24" />
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="34" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="36" />
        <source>Choose a file and press Open to read it here. It is decrypted in memory only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="44" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="49" />
        <source>Text of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/attachments_tab.ui" line="62" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../gui/admin/audit.py" line="63" />
        <source>Audit log head code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="66" />
        <source>Note this code, or print this screen, now and then (e.g. monthly), and keep it away from this computer. If the log is ever rewritten, its entry will no longer carry this code: the command `check --audit-code` compares them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="81" />
        <location filename="../../gui/admin/audit.py" line="97" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="83" />
        <source>Client reference, e.g. C-2026-0001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="84" />
        <source>Client reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="88" />
        <location filename="../../gui/admin/audit.py" line="99" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="90" />
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="91" />
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="92" />
        <source>From this day (empty: from the start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="93" />
        <source>To this day, included (empty: up to now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="94" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="95" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="96" />
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="98" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="100" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="100" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="119" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="120" />
        <source>Any action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="171" />
        <source>Audit log head: entry %1, code %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin/audit.py" line="176" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="179" />
        <source>The From date is after the To date: no entry can match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="183" />
        <source>%1 match the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="197" />
        <source>New entries: Refresh to see them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="206" />
        <location filename="../../gui/admin/audit.py" line="212" />
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="207" />
        <source>The CSV file holds the entries shown (who did what, when, and the references of the files). It leaves the encrypted store: anyone who gets a copy can read it. The export itself is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="210" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="213" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin/audit.py" line="223" />
        <source>Exported %n entries.</source>
        <translation><numerusform>Exported %n entries.</numerusform><numerusform>Exported %n entries.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="239" />
        <source>Checking the audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="245" />
        <source>The chain holds, its append-only protection is in place and it agrees with the copy of its head kept in the key file: no entry has been changed or removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/audit.py" line="249" />
        <source>The audit log was changed outside ASSIST: %1. Keep this computer as it is and tell whoever is responsible for data protection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="6" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="12" />
        <source>&amp;Verify the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="13" />
        <source>Verify the audit chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="14" />
        <source>Check that no entry of the log was changed or removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="19" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="20" />
        <source>Refresh the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="30" />
        <source>Number of entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="38" />
        <location filename="../../../ui/admin_audit.ui" line="43" />
        <source>Chain check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_audit.ui" line="51" />
        <source>Audit log entries, newest first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupFileDialog</name>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="37" />
        <source>this form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="46" />
        <location filename="../../gui/backup_dialogs.py" line="47" />
        <source>Verify a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="48" />
        <source>This checks that the backup file is complete and unchanged since it was made. Tick the box to also open the records inside and check them; this takes longer and uses some space on this computer for a temporary copy, which is then deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="53" />
        <source>About verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="54" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="56" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="58" />
        <source>Restore this backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="60" />
        <source>Type the passphrase given when this backup was made, or the recovery code. When it is right, everyone on this computer is signed out, the centre here is replaced by the backup (the centre as it is now is kept for a while in a safety copy), and you sign in again with the passphrases the centre had then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="78" />
        <source>Choose the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="79" />
        <source>ASSIST backups (*.assistbackup);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="128" />
        <source>Verifying the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="129" />
        <source>Checking the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="130" />
        <source>Restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="153" />
        <source>This is the passphrase typed when the backup was made, not your sign-in passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../gui/admin/backups.py" line="72" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="73" />
        <source>Restore the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="74" />
        <source>Replace the centre on this computer by this backup (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="78" />
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="79" />
        <source>Restore a backup file chosen on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="81" />
        <source>Any backup file, also one of another centre (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="108" />
        <location filename="../../gui/admin/backups.py" line="109" />
        <source>Old backups and safety copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="111" />
        <source>After a restore, &amp;keep the safety copy of the centre it replaced for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="116" />
        <source>0 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="117" />
        <source>Days a restore's safety copy is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="120" />
        <source>after an administrator first signs in to the restored centre (0: removed then).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="167" />
        <source>A restore's safety copy is kept %1 after an administrator first signs in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="175" />
        <source>No verified backup has been made on this computer yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="178" />
        <source>Last verified backup: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="187" />
        <location filename="../../../ui/admin_backups.ui" line="37" />
        <source>Choose the backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="247" />
        <source>No backup was made: the changed settings for old backups could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="266" />
        <source>Making and checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="273" />
        <source>Backup made and verified: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="279" />
        <source>Old backups were not removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="302" />
        <source>kept until an administrator signs in to the restored centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="304" />
        <source>removed automatically after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="306" />
        <source>Replaced on %1 (%2), %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="308" />
        <source>It opens with the passphrases the centre had before the restore and still holds anything purged since; a purge, a key rotation or disabling an account removes it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="314" />
        <source>Remove the safety copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="315" />
        <source>The centre as it was before the restore will be overwritten and deleted, and the restore can no longer be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="317" />
        <source>Remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backups.py" line="321" />
        <source>The safety copy was removed (overwritten, then deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="6" />
        <location filename="../../../ui/admin_backups.ui" line="17" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="24" />
        <source>Last verified backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="29" />
        <location filename="../../../ui/admin_backups.ui" line="30" />
        <source>Make a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="33" />
        <source>&amp;Folder (USB stick, network share):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="36" />
        <source>Backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="37" />
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="40" />
        <source>Backup &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="41" />
        <source>Backup passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="46" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="47" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="42" />
        <source>C&amp;onfirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="43" />
        <source>Confirm the backup passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="52" />
        <source>&amp;Make a backup now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="52" />
        <source>Make a backup now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="53" />
        <source>Why a backup cannot be made yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="61" />
        <location filename="../../../ui/admin_backups.ui" line="62" />
        <source>Old backups in the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="67" />
        <source>Keep one backup a &amp;day for the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="68" />
        <source>Keep one backup a day for the last N days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="68" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="69" />
        <source>and one a &amp;week for the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="70" />
        <source>Keep one backup a week for the last M weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="70" />
        <source> weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="70" />
        <source>no weekly backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="72" />
        <source>&amp;Save these settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="72" />
        <source>Save how many old backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="75" />
        <source>After each backup, older backups of this centre in that folder are deleted, except the ones these settings keep. Nothing is deleted unless the new backup was checked and is good. This applies to every backup of the centre, including automatic ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="75" />
        <source>About old backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="81" />
        <source>Safety copy of the centre a restore replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="82" />
        <source>Safety copies of a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="85" />
        <source>The safety copies and when they are removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="88" />
        <source>&amp;Remove the safety copy now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="88" />
        <source>Remove the safety copies now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="97" />
        <location filename="../../../ui/admin_backups.ui" line="98" />
        <source>Backups in this folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="103" />
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="115" />
        <source>&amp;Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="115" />
        <source>Verify the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="116" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="116" />
        <source>Refresh the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_backups.ui" line="127" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_form.py" line="41" />
        <source>Choose a folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_form.py" line="45" />
        <source>Type the backup passphrase, then type it again under Confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_form.py" line="49" />
        <source>Your changed settings for old backups are saved first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="44" />
        <source>&amp;Make the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="92" />
        <source>Statements and submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="93" />
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="73" />
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="133" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="180" />
        <source>Undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="256" />
        <source>Add at least one document to a section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="259" />
        <source>Every section needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="262" />
        <source>Every document needs a title in the index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="267" />
        <source>Making the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="276" />
        <source>Not for the other side?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="277" />
        <source>A bundle goes to the tribunal and to the other side. These are not normally given to them:

{parts}

Include them anyway? Your decision is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="280" />
        <source>&amp;Include them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/bundle_dialog.py" line="280" />
        <source>&amp;Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="6" />
        <location filename="../../../ui/bundle_dialog.ui" line="7" />
        <source>Make a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="11" />
        <source>Bundle &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="12" />
        <source>Title of the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="12" />
        <source>Empty: APPELLANT'S BUNDLE for an appeal, else BUNDLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="13" />
        <source>Tri&amp;bunal or court:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="14" />
        <source>Tribunal or court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="21" />
        <source>&amp;Documents and PDF attachments on her file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="22" />
        <source>Documents and PDF attachments to choose from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="28" />
        <source>&amp;Add to section →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="28" />
        <source>Add the chosen documents to the current section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="29" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="29" />
        <source>Remove the chosen entry from the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="30" />
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="30" />
        <source>Move the chosen entry up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="31" />
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="31" />
        <source>Move the chosen entry down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="32" />
        <source>New &amp;section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="32" />
        <source>Add a new section to the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="38" />
        <source>Se&amp;ctions of the bundle (double-click a section to rename it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="39" />
        <source>Sections of the bundle and their documents, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="39" />
        <source>Section / title in the index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="39" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="42" />
        <source>The chosen document, as the index shows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="43" />
        <source>Title, date and section of the chosen document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="45" />
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="46" />
        <source>Title of the document in the index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="46" />
        <source>e.g. Refusal of protection claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="47" />
        <source>Its own &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="50" />
        <source>Date of the document (as written on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="51" />
        <source>&amp;Undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="51" />
        <source>The document has no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="55" />
        <source>Secti&amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="56" />
        <source>Section the document is in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/bundle_dialog.ui" line="64" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message numerus="yes">
        <location filename="../../gui/caseload/page.py" line="137" />
        <location filename="../../gui/caseload/page.py" line="145" />
        <location filename="../../gui/caseload/page.py" line="167" />
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/caseload/page.py" line="143" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/page.py" line="175" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/caseload/page.py" line="212" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/caseload/page.py" line="214" />
        <source>Looking for other spellings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/caseload/page.py" line="216" />
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="6" />
        <location filename="../../../ui/caseload.ui" line="68" />
        <source>Caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="18" />
        <source>Search names, aliases, parties and notes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="20" />
        <source>Search the caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="26" />
        <source>&amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="27" />
        <source>Files where you are her key worker or solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="28" />
        <source>Only my files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="33" />
        <source>&amp;Open files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="34" />
        <source>Only open files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="40" />
        <source>&amp;Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="41" />
        <source>Files restricted to named staff (that name you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="42" />
        <source>Only restricted files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="47" />
        <source>&amp;Deadline within 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="48" />
        <source>Only files with a deadline within 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="58" />
        <source>&amp;New client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="59" />
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="66" />
        <source>Caseload or search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="80" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/caseload.ui" line="93" />
        <source>Caseload status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CentreDetailsPanel</name>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="91" />
        <source>For example: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="92" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="156" />
        <source>Saved. Letters made from now on use these details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="194" />
        <location filename="../../gui/admin/centre_details.py" line="196" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="195" />
        <source>Delete this recipient from the address book? Letters already made keep its address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="6" />
        <source>Centre details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="11" />
        <source>On every letterhead and footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="12" />
        <source>The centre's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="15" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="16" />
        <source>Name of the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="17" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="18" />
        <source>Postal address, one line each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="19" />
        <source>&amp;Telephone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="20" />
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="21" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="22" />
        <source>Email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="23" />
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="24" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="25" />
        <source>&amp;Regulator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="26" />
        <source>Regulator line printed in every letter's footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="27" />
        <source>Example of a regulator line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="28" />
        <source>&amp;Complaints to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="29" />
        <source>Who handles complaints, named in client care letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="29" />
        <source>e.g. Priya Shah, Complaints Partner, complaints@example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="32" />
        <source>&amp;Save details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="32" />
        <source>Save the centre's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="33" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="41" />
        <source>Address book for letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="42" />
        <source>Address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="44" />
        <source>Who letters go to, chosen in a letter's options. Addresses change: check each against its source before relying on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="45" />
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="48" />
        <source>A&amp;dd…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="48" />
        <source>Add a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="49" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="49" />
        <source>Edit the recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="50" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="50" />
        <source>Delete the recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/centre_details.ui" line="54" />
        <source>Address book message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../gui/change_passphrase.py" line="19" />
        <source>the passphrase change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/change_passphrase.py" line="26" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/change_passphrase.py" line="29" />
        <source>You signed in with a temporary passphrase. Choose your own now: several unrelated words that only you know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="6" />
        <location filename="../../../ui/change_passphrase.ui" line="7" />
        <source>Change my passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="12" />
        <source>Choose a passphrase of several unrelated words that only you know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="14" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="22" />
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="29" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="34" />
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="41" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="49" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="55" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="60" />
        <source>&amp;Confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="67" />
        <source>Confirm new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="75" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/change_passphrase.ui" line="86" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="6" />
        <location filename="../../../ui/child_dialog.ui" line="7" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="13" />
        <source>&amp;Relationship:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="14" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="15" />
        <source>&amp;Given names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="16" />
        <source>Given names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="17" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="18" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="19" />
        <source>Date of &amp;birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="20" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="21" />
        <source>Age disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="21" />
        <source>Age &amp;disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="22" />
        <source>&amp;Where the child is:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="23" />
        <source>Where the child is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="24" />
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="25" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="26" />
        <source>Traffickers may use the child as leverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="26" />
        <source>Traffickers may use the child as &amp;leverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="27" />
        <source>&amp;Safety notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="28" />
        <source>Safety notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="29" />
        <source>G&amp;uardian:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="30" />
        <source>Guardian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="31" />
        <source>Social &amp;worker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="32" />
        <source>Social worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="33" />
        <source>School or &amp;childcare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="34" />
        <source>School or childcare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="35" />
        <source>Dependant on her claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="35" />
        <source>&amp;Dependant on her claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="36" />
        <source>Best &amp;interests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="37" />
        <source>Best interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="38" />
        <source>Family &amp;reunion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="39" />
        <source>Family reunion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="40" />
        <source>Bene&amp;fits:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="41" />
        <source>Benefits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="44" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/child_dialog.ui" line="49" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../../gui/client/children.py" line="44" />
        <source>Children with her, in care or left in the country of origin. A child traffickers could use as leverage is marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="49" />
        <location filename="../../gui/client/children.py" line="54" />
        <source>Children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/children.py" line="55" />
        <location filename="../../gui/client/children.py" line="59" />
        <source>Pregnancy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="6" />
        <location filename="../../../ui/claim_dialog.ui" line="7" />
        <source>Compensation claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="13" />
        <source>&amp;Scheme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="14" />
        <source>Scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="15" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="16" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="17" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="18" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="19" />
        <source>Incident &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="20" />
        <source>Incident from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="21" />
        <source>Incident &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="22" />
        <source>Incident to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="23" />
        <source>A period of abuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="23" />
        <source>A &amp;period of abuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="24" />
        <source>&amp;Reported to police on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="25" />
        <source>Reported to police on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="26" />
        <source>&amp;Crime reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="27" />
        <source>Crime reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="28" />
        <source>Co&amp;operation notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="29" />
        <source>Cooperation notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="30" />
        <source>Unspent convictions checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="30" />
        <source>&amp;Unspent convictions checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="31" />
        <source>Con&amp;victions note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="32" />
        <source>Convictions note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="33" />
        <source>&amp;Applied on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="34" />
        <source>Applied on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="35" />
        <source>&amp;Decision on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="36" />
        <source>Decision on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="37" />
        <source>Review re&amp;quested on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="38" />
        <source>Review requested on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="39" />
        <source>Review decided o&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="40" />
        <source>Review decided on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="41" />
        <source>Amount c&amp;laimed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="42" />
        <source>Amount claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="42" />
        <location filename="../../../ui/claim_dialog.ui" line="44" />
        <location filename="../../../ui/claim_dialog.ui" line="46" />
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="43" />
        <source>Amount o&amp;ffered:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="44" />
        <source>Amount offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="45" />
        <source>Amount &amp;paid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="46" />
        <source>Amount paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="49" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/claim_dialog.ui" line="54" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/client_dialog.ui" line="6" />
        <location filename="../../../ui/client_dialog.ui" line="7" />
        <location filename="../../../ui/client_dialog.ui" line="12" />
        <source>Her details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_dialog.ui" line="18" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_dialog.ui" line="22" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../../ui/client_form.ui" line="6" />
        <source>Her details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="13" />
        <location filename="../../../ui/client_form.ui" line="14" />
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="17" />
        <source>Name she &amp;wants used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="18" />
        <source>Name she wants used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="19" />
        <source>&amp;Given names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="20" />
        <source>Given names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="21" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="22" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="23" />
        <source>&amp;Other names and spellings (one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="24" />
        <source>Other names and spellings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="30" />
        <location filename="../../../ui/client_form.ui" line="31" />
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="34" />
        <source>Date of &amp;birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="35" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="36" />
        <source>Age disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="36" />
        <source>Age &amp;disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="37" />
        <source>Nationalit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="38" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="39" />
        <source>&amp;Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="40" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="40" />
        <source>e.g. Tigrinya (Asmara); English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="41" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="41" />
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="42" />
        <source>Interpreter &amp;gender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="43" />
        <source>Preferred interpreter gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="44" />
        <source>Inter&amp;viewer gender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="45" />
        <source>Preferred interviewer gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="46" />
        <source>Immigration &amp;status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="47" />
        <source>Immigration status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="58" />
        <location filename="../../../ui/client_form.ui" line="59" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="62" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="63" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="64" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="65" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="66" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="67" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="73" />
        <location filename="../../../ui/client_form.ui" line="74" />
        <source>Safe contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="77" />
        <source>How to &amp;reach her safely:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="78" />
        <source>Safe contact method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="79" />
        <source>Safe &amp;times:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="80" />
        <source>Safe times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="81" />
        <source>Messages may be left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="81" />
        <source>&amp;Messages may be left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="82" />
        <source>Never disclose her address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="82" />
        <source>&amp;Never disclose her address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="83" />
        <source>&amp;Instructions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="84" />
        <source>Safe contact instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="90" />
        <location filename="../../../ui/client_form.ui" line="91" />
        <source>Safety and access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="94" />
        <source>Safety &amp;flags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="95" />
        <source>Safety flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="96" />
        <source>&amp;Key worker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="97" />
        <source>Key worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="98" />
        <source>Soli&amp;citor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="99" />
        <source>Solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="100" />
        <source>Restrict this file to named staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="100" />
        <source>Restrict t&amp;his file to named staff (for example when a colleague knows the trafficker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="101" />
        <source>Named staff (you must be one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_form.ui" line="102" />
        <source>Staff who may open this file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientImportWizard</name>
    <message>
        <location filename="../../gui/client_import.py" line="63" />
        <source>Import clients from a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="67" />
        <source>the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="75" />
        <location filename="../../gui/client_import.py" line="94" />
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="78" />
        <source>Choose a .xlsx or .csv file with one client per row and a first row naming the columns. Nothing is saved until the last step, and then everything or nothing. Each person is checked for conflicts against every client and party on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="82" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="95" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="105" />
        <source>The file could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="112" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="121" />
        <source>CSV, read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="122" />
        <source>%1 rows below the header, %2 columns (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="136" />
        <source>Say what each column holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="138" />
        <source>Each column was matched to a field by its header where it could be. Change any that are wrong; "Leave out" ignores a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="143" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="143" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="144" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="148" />
        <source>Columns and fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="164" />
        <source>(no header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="167" />
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="171" />
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="206" />
        <source>Check every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="211" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="220" />
        <source>Reading every row and checking each person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="228" />
        <source>Checking each person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="258" />
        <source>Trying the import (nothing is kept)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="259" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="272" />
        <source>Dry run: %1 clients would be imported (%2 rows skipped, %3 first notes, %4 safety alerts). Nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="283" />
        <source>%1 clients were imported, with their conflict checks (%2 rows skipped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="287" />
        <source>Their references: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="289" />
        <source>Their references are from %1 to %2 (each by the year her file was opened).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="293" />
        <source>Safety screening raised %1 alert(s): a phone number matches a trafficker or associate on record. Open those files from the caseload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="301" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import.py" line="305" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientTransfer</name>
    <message>
        <location filename="../../gui/client_transfer.py" line="63" />
        <source>Open her file first, then choose Export client file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="64" />
        <location filename="../../gui/client_transfer.py" line="74" />
        <location filename="../../gui/client_transfer.py" line="79" />
        <location filename="../../gui/client_transfer.py" line="87" />
        <location filename="../../gui/client_transfer.py" line="124" />
        <source>Export client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="80" />
        <source>Nothing was exported: she has no consent in force to her information being shared. Record her consent on the Overview tab, then export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="104" />
        <source>Save the case-transfer package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="105" />
        <source>Case-transfer packages (*%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="115" />
        <source>Sealing and saving her file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="125" />
        <source>Her file %1 was saved as an encrypted case-transfer package:
%2

Give the transfer passphrase to the receiving centre by a different route from the file (by phone, not in the same email).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="133" />
        <location filename="../../gui/client_transfer.py" line="141" />
        <location filename="../../gui/client_transfer.py" line="147" />
        <location filename="../../gui/client_transfer.py" line="153" />
        <location filename="../../gui/client_transfer.py" line="186" />
        <source>Import client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="134" />
        <source>Case-transfer packages (*%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="148" />
        <source>This file is not an encrypted case-transfer package. If it is a plain client file, import it now, then delete it: it was never protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="150" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="163" />
        <source>Opening and checking her file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="171" />
        <source>Imported %1 as %2 (%3 records).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="174" />
        <source>Imported her file as %2 (%3 records).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="178" />
        <source>Staff are not carried across centres (%1): notes and time are now yours, and her key worker, solicitor and fee earners are empty. Set them on her file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="182" />
        <source>Her file is restricted: only you can see it until you name colleagues on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_transfer.py" line="184" />
        <source>Run the conflict check on her name before working on the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <location filename="../../gui/client/workspace.py" line="124" />
        <source>Opening the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="180" />
        <location filename="../../../ui/client_workspace.ui" line="6" />
        <source>Client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="193" />
        <source>Restricted to named staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="230" />
        <source>Safety alert history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="255" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="260" />
        <source>Identification and parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="267" />
        <source>Asylum and age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="271" />
        <source>Matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="278" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="282" />
        <source>Children and pregnancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="287" />
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="291" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="297" />
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="302" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="306" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/workspace.py" line="314" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="21" />
        <source>Her chosen name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="27" />
        <source>Reference and details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="36" />
        <source>Restricted file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="37" />
        <source>This file is restricted to named staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="42" />
        <source>Copy &amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="43" />
        <source>Copy the file reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="44" />
        <source>Copies the reference; the clipboard is cleared again after a short while</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="51" />
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="60" />
        <source>Safety warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="67" />
        <source>Safety flags and safe contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/client_workspace.ui" line="78" />
        <source>Parts of her file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompensationTab</name>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="59" />
        <source>Claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="65" />
        <source>Compensation claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="67" />
        <location filename="../../gui/client/compensation_tab.py" line="73" />
        <source>Schedule of loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="103" />
        <source>(no matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/compensation_tab.py" line="122" />
        <source>Past %1 · Future %2 · Total %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="6" />
        <location filename="../../../ui/consent_dialog.ui" line="7" />
        <source>Record consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="11" />
        <source>&amp;Consent to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="12" />
        <source>Consent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="13" />
        <source>&amp;She has:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="14" />
        <source>Given or withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="15" />
        <source>&amp;On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="16" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="17" />
        <source>Shared &amp;with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="18" />
        <source>Organisation or purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="19" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="20" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="23" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/consent_dialog.ui" line="27" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConvictionDialog</name>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="6" />
        <location filename="../../../ui/conviction_dialog.ui" line="7" />
        <source>Conviction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="13" />
        <source>&amp;Offence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="14" />
        <source>Offence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="15" />
        <source>Con&amp;victed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="16" />
        <source>Convicted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="17" />
        <source>Co&amp;urt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="18" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="19" />
        <source>Coun&amp;try:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="20" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="21" />
        <source>&amp;Sentence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="22" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="23" />
        <source>S&amp;pent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="24" />
        <source>Whether the conviction is spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="25" />
        <source>Committed as a result of her trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="25" />
        <source>Committed as a result of her &amp;trafficking (s.45 defence / non-punishment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="26" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="27" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="30" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/conviction_dialog.ui" line="35" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/date_field.py" line="44" />
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="45" />
        <source>Open calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="81" />
        <source>dd/mm/yyyy, a year, or "about 1990" (none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="82" />
        <source>dd/mm/yyyy (none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="138" />
        <source>date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../gui/client/task_dialogs.py" line="130" />
        <source>No time limit in the rules table applies to this kind of matter here. Add a task by hand instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/task_dialogs.py" line="162" />
        <source>act by %1 (last working day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="6" />
        <location filename="../../../ui/deadline_dialog.ui" line="7" />
        <source>Deadline from a rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="12" />
        <source>&amp;Time limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="13" />
        <source>Time limit rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="14" />
        <source>&amp;Clock started on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="15" />
        <source>Date the clock started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="16" />
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="17" />
        <source>Computed due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="18" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="19" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="20" />
        <source>&amp;Remind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="22" />
        <source>&amp;Who does it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="23" />
        <source>Who does it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="23" />
        <source>The colleague who will do it; it appears in their My week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="21" />
        <source>Days before to remind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="21" />
        <source> days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="26" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/deadline_dialog.ui" line="31" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeclinedChecksPanel</name>
    <message numerus="yes">
        <location filename="../../gui/admin/declined_checks.py" line="44" />
        <source>%n declined check(s) to purge</source>
        <translation><numerusform>%n declined check to purge</numerusform><numerusform>%n declined checks to purge</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/admin/declined_checks.py" line="63" />
        <source>Purge declined checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/declined_checks.py" line="64" />
        <source>This erases %1 declined conflict check(s) decided more than %2 days ago: the names, dates of birth and what they matched. It cannot be undone.

Purge them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/declined_checks.py" line="67" />
        <source>Purge for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/declined_checks.py" line="71" />
        <source>Purging…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin/declined_checks.py" line="78" />
        <source>%n declined check(s) purged.</source>
        <translation><numerusform>%n declined check purged.</numerusform><numerusform>%n declined checks purged.</numerusform></translation>
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="6" />
        <source>Declined conflict checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="10" />
        <source>Conflict checks on people the centre declined to act for never become a client file, but keep the names and dates of birth checked. Purge those decided longer ago than the centre keeps them. The audit log keeps only how many were erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="12" />
        <source>About declined conflict checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="19" />
        <source>Declined more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="25" />
        <source>Declined more than this many days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="26" />
        <source> days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="35" />
        <source>How many declined checks would be purged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="45" />
        <source>&amp;Purge declined checks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="46" />
        <source>Purge the declined conflict checks for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_declined_checks.ui" line="55" />
        <source>Declined checks status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeletedDocumentsPanel</name>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="53" />
        <source>No deleted documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="80" />
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_documents.py" line="88" />
        <source>The %1 is back in her file %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="6" />
        <location filename="../../../ui/admin_deleted_documents.ui" line="17" />
        <source>Deleted documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="10" />
        <source>Documents deleted from a client file, shown by her file's reference and the kind of document only. Restore puts the document back in her Documents tab as it was (draft or approved); the audit log records who restored it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="12" />
        <source>About deleted documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="31" />
        <source>Deleted documents status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="38" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="39" />
        <source>Restore the selected document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="44" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted_documents.ui" line="45" />
        <source>Refresh the list of deleted documents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeletedFilesPage</name>
    <message>
        <location filename="../../gui/admin/deleted_page.py" line="41" />
        <source>Deleted client files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_page.py" line="42" />
        <source>Deleted documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_page.py" line="44" />
        <source>Declined conflict checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_page.py" line="50" />
        <source>Deleted notes and attachments (in files still open)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeletedPanel</name>
    <message>
        <location filename="../../gui/admin/deleted.py" line="51" />
        <source>No deleted files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="87" />
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="91" />
        <source>The file %1 is back in the caseload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="95" />
        <source>This erases the file %1 and everything in it, forever: her details, notes, matters, documents, attachments and their history. It cannot be undone, and no backup made from now on will hold it.

Purge it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="104" />
        <location filename="../../gui/admin/deleted.py" line="105" />
        <source>Purge for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="108" />
        <source>Purging…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted.py" line="112" />
        <source>The file %1 was purged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="6" />
        <location filename="../../../ui/admin_deleted.ui" line="17" />
        <source>Deleted client files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="10" />
        <source>Client files a solicitor deleted. Restore puts a file back in the caseload as it was. Purge erases the file and everything in it for good: notes, documents, attachments and their history. The audit log keeps only that it happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="12" />
        <source>About deleted client files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="31" />
        <source>Deleted files status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="38" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="39" />
        <source>Restore the selected file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="44" />
        <source>&amp;Purge for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="45" />
        <source>Purge the selected file for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="50" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_deleted.ui" line="51" />
        <source>Refresh the list of deleted files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeletedRecordsPanel</name>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="24" />
        <source>Deleted notes and attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="26" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="27" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="27" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="28" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="29" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="30" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="37" />
        <source>&amp;Purge for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="38" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="89" />
        <source>note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="90" />
        <source>attachment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="91" />
        <source> with its earlier versions, drafts and attachments, and every document built from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="93" />
        <location filename="../../gui/admin/deleted_records.py" line="97" />
        <source>Purge for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="94" />
        <source>This erases %1 in the file %2%3, forever. It cannot be undone, and no backup made from now on will hold it.

Purge it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/deleted_records.py" line="103" />
        <source>Purged %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <location filename="../../gui/client/document_options.py" line="62" />
        <source>this document's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="74" />
        <source>Free of charge to her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="75" />
        <source>Legal aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="76" />
        <source>Pro bono (free, by our lawyers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="77" />
        <source>Fixed fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="83" />
        <source>(type the recipient below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="93" />
        <source>Her &amp;notes, to draw on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="95" />
        <source>Type her statement in her own words, in the first person: a blank line starts a new numbered paragraph, a line starting with ## is a heading. Her notes are listed to draw on; they are not pasted in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="98" />
        <source>Anything left empty is filled in from her record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="100" />
        <source>&amp;Generate draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="146" />
        <source>[VERIFY] Check this address against its source before sending (hover for the source).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="217" />
        <source>Say what the fixed fee is and what it covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/document_options.py" line="220" />
        <source>Type the paragraphs of her statement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="6" />
        <location filename="../../../ui/document_options_dialog.ui" line="7" />
        <source>What goes into the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="13" />
        <source>About these choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="18" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="19" />
        <source>Title of the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="20" />
        <source>&amp;Notes to use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="21" />
        <source>Notes whose text goes into the document, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="22" />
        <source>&amp;Paragraphs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="23" />
        <source>Paragraphs typed here, a blank line between each, before the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="23" />
        <source>Typed paragraphs come first, a blank line between each; then the notes ticked above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="28" />
        <location filename="../../../ui/document_options_dialog.ui" line="29" />
        <source>Who the letter goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="31" />
        <source>Address &amp;book:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="32" />
        <source>Choose the recipient from the address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="33" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="34" />
        <source>Organisation the letter goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="34" />
        <source>Empty: the authority for this kind of letter and matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="35" />
        <source>&amp;Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="36" />
        <source>Department or unit the letter goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="37" />
        <source>P&amp;erson:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="38" />
        <source>Person the letter goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="38" />
        <source>Empty: "Dear Sir or Madam" … "Yours faithfully"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="39" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="40" />
        <source>Address of the recipient, one line each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="41" />
        <source>S&amp;ubject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="42" />
        <source>Subject line of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="43" />
        <source>Where the address came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="49" />
        <location filename="../../../ui/document_options_dialog.ui" line="50" />
        <source>Costs and next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="52" />
        <source>&amp;Funding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="53" />
        <source>How her case is paid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="54" />
        <source>Fixed fee and &amp;what it covers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="55" />
        <source>The fixed fee and what it covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="55" />
        <source>e.g. £500 plus VAT, for the application and one appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="56" />
        <source>Ne&amp;xt steps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="57" />
        <source>What happens next, one step a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="57" />
        <source>One step a line, in plain words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/document_options_dialog.ui" line="61" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="112" />
        <location filename="../../gui/client/documents_tab.py" line="150" />
        <source>(the whole file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="117" />
        <location filename="../../gui/client/documents_tab.py" line="304" />
        <source>The document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="209" />
        <location filename="../../gui/client/documents_tab.py" line="220" />
        <source>Making the document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="230" />
        <source>A draft was made. Before it is sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="233" />
        <source>A draft was made. Read it through before approving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="238" />
        <source>Some characters cannot be printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="241" />
        <source>Characters that cannot be printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="242" />
        <source>No font in this app can print these characters:

%1

Change the text on her file, or make the draft anyway: each of them then prints as a marker such as [U+1FAE0], so nothing is left out unseen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="245" />
        <source>Make it anyway</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/client/documents_tab.py" line="317" />
        <source>Sent to the printer: %n page(s).</source>
        <translation><numerusform>Sent to the printer: %n page.</numerusform><numerusform>Sent to the printer: %n pages.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="327" />
        <source>Save the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="328" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="342" />
        <source>Save as Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="343" />
        <source>The Word copy is for editing and reading back; file the approved PDF. Word files cannot be password-protected here. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="345" />
        <source>This file leaves the encrypted store: anyone who gets a copy can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="346" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="348" />
        <source>Save an editable Word copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="350" />
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="359" />
        <location filename="../../gui/client/documents_tab.py" line="361" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="360" />
        <source>Delete this document? An administrator can still restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="6" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="10" />
        <source>&amp;Make:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="11" />
        <source>Kind of document to make</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="12" />
        <source>f&amp;or:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="13" />
        <source>Matter the document is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="14" />
        <source>&amp;Generate draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="14" />
        <source>Generate a draft document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="15" />
        <source>Make a &amp;bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="15" />
        <source>Make a bundle from documents and PDF attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="30" />
        <source>Documents made from her file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="41" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="41" />
        <source>Approve the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="42" />
        <source>&amp;Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="42" />
        <source>Save the document outside ASSIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="43" />
        <source>Save as &amp;Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="43" />
        <source>An editable Word copy of this statement or letter, for counsel or for reading it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="43" />
        <source>Save an editable Word copy outside ASSIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="44" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="44" />
        <source>Delete the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/documents_tab.ui" line="60" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExploitationDialog</name>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="6" />
        <location filename="../../../ui/exploitation_dialog.ui" line="7" />
        <source>Exploitation and how she reached the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="13" />
        <source>&amp;Countries involved (one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="14" />
        <source>Countries involved (one a line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="15" />
        <source>How she &amp;reached the centre:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="16" />
        <source>How she reached the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="17" />
        <source>Referring &amp;agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="18" />
        <source>Referring agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="19" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="20" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="25" />
        <location filename="../../../ui/exploitation_dialog.ui" line="26" />
        <source>Forms of exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="28" />
        <source>&amp;Sexual exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="28" />
        <source>Sexual exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="29" />
        <source>&amp;Labour exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="29" />
        <source>Labour exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="30" />
        <source>&amp;Domestic servitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="30" />
        <source>Domestic servitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="31" />
        <source>Forced c&amp;riminality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="31" />
        <source>Forced criminality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="32" />
        <source>Forced &amp;marriage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="32" />
        <source>Forced marriage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="33" />
        <source>Organ remo&amp;val</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="33" />
        <source>Organ removal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="34" />
        <source>&amp;Financial (accounts, loans, benefits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="34" />
        <source>Financial (accounts, loans, benefits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="35" />
        <source>O&amp;ther</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="35" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="39" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/exploitation_dialog.ui" line="44" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../gui/admin/retention.py" line="64" />
        <source>Keep %1 longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="66" />
        <source>Keep until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="68" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="69" />
        <source>e.g. complaint open; proceedings pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="71" />
        <source>Keep &amp;until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="72" />
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gui/first_run.py" line="57" />
        <source>Open ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="81" />
        <source>Create the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="162" />
        <source>Creating the encrypted database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="195" />
        <location filename="../../gui/first_run.py" line="200" />
        <location filename="../../gui/first_run.py" line="202" />
        <location filename="../../gui/first_run.py" line="223" />
        <source>Recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="205" />
        <source>Recovery sheet printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="226" />
        <source>Recovery sheet saved — print it, then delete the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="211" />
        <source>Save the recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="46" />
        <source>the new centre's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="212" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="6" />
        <location filename="../../../ui/first_run.ui" line="7" />
        <source>Set up ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="11" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="12" />
        <source>This computer does not hold an ASSIST database yet. These steps create one for your centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="16" />
        <source>&lt;p&gt;Everything you record in ASSIST Desktop is kept in one encrypted database on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;You will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;name the centre and choose its jurisdiction,&lt;/li&gt;&lt;li&gt;create the first administrator's account and passphrase,&lt;/li&gt;&lt;li&gt;write down the centre's &lt;b&gt;recovery code&lt;/b&gt;, which opens the database if every passphrase is lost.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Have a pen and paper ready, or a printer.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="19" />
        <source>About the set-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="30" />
        <source>Your centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="31" />
        <source>The name and address appear on letters and documents. The jurisdiction decides the time limits, wording and currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="36" />
        <source>Centre &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="42" />
        <source>Centre name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="48" />
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="54" />
        <source>Jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="59" />
        <source>&amp;Address for letterheads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="65" />
        <source>Address for letterheads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="73" />
        <source>The first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="74" />
        <source>This person manages staff accounts, backups and settings. Choose a passphrase of several unrelated words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="79" />
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="85" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="91" />
        <source>&amp;Username:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="97" />
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="99" />
        <source>for example: amara.o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="104" />
        <source>Also works as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="111" />
        <source>&amp;Solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="112" />
        <source>Also a solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="117" />
        <source>Support &amp;worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="118" />
        <source>Also a support worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="130" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="137" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="145" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="151" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="156" />
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="163" />
        <source>Confirm passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="169" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="177" />
        <source>Creating the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="183" />
        <source>The recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="184" />
        <source>This code opens the database if every passphrase is lost. It is shown only now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="189" />
        <source>Write the code on paper or print the recovery sheet (printing writes no file), and keep it locked away from this computer (for example in the office safe). Anyone with this code and a copy of the database can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="191" />
        <source>About the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="199" />
        <source>Recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="208" />
        <source>&amp;Print recovery sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="209" />
        <source>Print recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="214" />
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="215" />
        <source>Save recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="227" />
        <source>I have &amp;written down the recovery code or saved the recovery sheet somewhere safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/first_run.ui" line="228" />
        <source>I have written down the recovery code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentificationDialog</name>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="6" />
        <location filename="../../../ui/identification_dialog.ui" line="7" />
        <source>Identification record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="13" />
        <source>&amp;Process:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="14" />
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="15" />
        <source>&amp;Referring organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="16" />
        <source>Referring organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="17" />
        <source>Referrer c&amp;ontact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="18" />
        <source>Referrer contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="19" />
        <source>Competent &amp;authority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="20" />
        <source>Competent authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="21" />
        <source>Referral &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="22" />
        <source>Referral date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="23" />
        <source>Duty to notify only (MS1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="23" />
        <source>Duty to notify only (&amp;MS1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="24" />
        <source>Reasonable grounds o&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="25" />
        <source>Reasonable grounds on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="26" />
        <source>Reasonable &amp;grounds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="27" />
        <source>Reasonable grounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="28" />
        <source>Recovery period &amp;start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="29" />
        <source>Recovery period start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="30" />
        <source>Recovery period &amp;end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="31" />
        <source>Recovery period end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="32" />
        <source>Conclusive grounds on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="33" />
        <source>Conclusive grounds on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="34" />
        <source>&amp;Conclusive grounds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="35" />
        <source>Conclusive grounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="36" />
        <source>&amp;Finding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="37" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="38" />
        <source>Reconsideration re&amp;quested:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="39" />
        <source>Reconsideration requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="40" />
        <source>Reconsideration o&amp;utcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="41" />
        <source>Reconsideration outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="42" />
        <source>Reconsideration decided:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="43" />
        <source>Reconsideration decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="44" />
        <source>Appeal &amp;lodged on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="45" />
        <source>Appeal lodged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="46" />
        <source>Guidance &amp;version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="47" />
        <source>Guidance version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="48" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="49" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="52" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/identification_dialog.ui" line="57" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentificationTab</name>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="68" />
        <location filename="../../gui/client/identification_tab.py" line="75" />
        <source>Identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="76" />
        <location filename="../../gui/client/identification_tab.py" line="82" />
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/identification_tab.py" line="131" />
        <source>Safety alert and conflict check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../gui/intake.py" line="49" />
        <source>this new client's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="99" />
        <source>A solicitor decides whether the centre can act for a new client. Ask a solicitor to complete this intake; the check is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="104" />
        <source>Create her file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="138" />
        <source>A restricted record resembles these names. Only the solicitors named on it can see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="141" />
        <source>Look closely at the check on the next page before deciding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="143" />
        <source>Ask a solicitor to take this intake over now: only a solicitor can decide whether the centre can act.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="155" />
        <source>Checking every client and party on record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="169" />
        <source>No client or party on record has a name like hers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="171" />
        <source>Records on file that resemble her names: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/intake.py" line="174" />
        <source>%n strong match(es): look closely before deciding.</source>
        <translation><numerusform>%n strong match: look closely before deciding.</numerusform><numerusform>%n strong matches: look closely before deciding.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/intake.py" line="224" />
        <source>&lt;p&gt;The decision (&lt;b&gt;%1&lt;/b&gt;) is recorded with the conflict check. No file was created.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="264" />
        <source>Creating her file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="271" />
        <source>&lt;p&gt;Her file &lt;b&gt;%1&lt;/b&gt; was created, with the conflict check and the decision.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="274" />
        <source>Safety alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/intake.py" line="277" />
        <source>The person you named matches no known trafficker or associate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../../ui/intake.ui" line="6" />
        <location filename="../../../ui/intake.ui" line="7" />
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="11" />
        <source>Who is she?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="12" />
        <source>Her names (every spelling and alias you know) and date of birth are checked against every client and every party on record before her file is created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="15" />
        <source>Name she &amp;wants used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="16" />
        <source>Name she wants used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="17" />
        <source>&amp;Given names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="18" />
        <source>Given names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="19" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="20" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="21" />
        <source>&amp;Other names and spellings
(one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="23" />
        <source>Other names and spellings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="24" />
        <source>Date of &amp;birth (if known):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="25" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="26" />
        <location filename="../../../ui/intake.ui" line="48" />
        <location filename="../../../ui/intake.ui" line="76" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="27" />
        <source>Checking for conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="31" />
        <source>Conflict check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="32" />
        <source>Records whose names resemble hers. Decide whether the centre can act for her; the check and the decision go into her file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="34" />
        <source>Conflict check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="35" />
        <source>Matching records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="38" />
        <location filename="../../../ui/intake.ui" line="39" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="41" />
        <source>&amp;Proceed: no conflict, open her file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="41" />
        <source>Proceed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="42" />
        <source>&amp;Decline: the centre cannot act for her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="42" />
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="43" />
        <source>&amp;Refer: to a supervisor or another organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="43" />
        <source>Refer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="44" />
        <source>Reason (recorded with the decision)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="44" />
        <source>Reason for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="52" />
        <location filename="../../../ui/intake.ui" line="58" />
        <source>Her details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="53" />
        <source>What you know now; everything can be completed later. People you add below are screened against known traffickers and their associates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="66" />
        <source>People around her to screen (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="67" />
        <source>People to screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="69" />
        <source>&amp;Contact or interpreter name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="70" />
        <source>Contact or interpreter name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="71" />
        <source>Their p&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="72" />
        <source>Contact phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="80" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/intake.ui" line="82" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="115" />
        <location filename="../../gui/models.py" line="150" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models.py" line="115" />
        <location filename="../../gui/models.py" line="150" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LossItemDialog</name>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="6" />
        <location filename="../../../ui/loss_item_dialog.ui" line="7" />
        <source>Schedule of loss item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="13" />
        <source>&amp;Head of loss:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="14" />
        <source>Head of loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="15" />
        <source>&amp;Past or future:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="16" />
        <source>Past or future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="17" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="18" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="19" />
        <source>&amp;Multiplicand:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="20" />
        <source>Multiplicand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="20" />
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="21" />
        <source>Multi&amp;plier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="22" />
        <source>Multiplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="23" />
        <source>Period &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="24" />
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="25" />
        <source>Period &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="26" />
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="27" />
        <source>Period &amp;note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="28" />
        <source>Period note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="31" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/loss_item_dialog.ui" line="36" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="38" />
        <source>Toolbar spacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61" />
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63" />
        <source>Last backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130" />
        <source>Client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139" />
        <location filename="../../../ui/main_window.ui" line="6" />
        <location filename="../../../ui/main_window.ui" line="7" />
        <source>ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <location filename="../../../ui/main_window.ui" line="36" />
        <location filename="../../../ui/main_window.ui" line="38" />
        <source>ASSIST Desktop is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>The database is closed and its key has been dropped. A note you were writing could not be kept as a draft, so what you typed last may be missing when you sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182" />
        <source>Make a backup: Administration, Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="18" />
        <source>Main area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="20" />
        <location filename="../../../ui/main_window.ui" line="31" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="43" />
        <source>The database is closed and its key has been dropped. Unsaved notes were kept as encrypted drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="46" />
        <source>About the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="51" />
        <source>&amp;Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="52" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="64" />
        <source>Work area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="80" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="95" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="104" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="110" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="120" />
        <location filename="../../../ui/main_window.ui" line="121" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="134" />
        <source>Status bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="137" />
        <source>New &amp;client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="138" />
        <source>Start the intake of a new client (conflict check and safety screening first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="139" />
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="142" />
        <source>New &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="143" />
        <source>Write a new case note for the open client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="144" />
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="147" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="148" />
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="151" />
        <source>&amp;Export client file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="152" />
        <source>Write the open client's whole file to an encrypted case-transfer package for another centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="155" />
        <source>&amp;Import client file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="156" />
        <source>Create a new client from a case-transfer package sent by another centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="159" />
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="162" />
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="166" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="167" />
        <source>Close the database and hide everything until you unlock again (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="168" />
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="171" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="172" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="175" />
        <source>&amp;Caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="176" />
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="179" />
        <source>&amp;My week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="180" />
        <source>Ctrl+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="183" />
        <source>&amp;Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="184" />
        <source>Ctrl+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="187" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="188" />
        <source>Search the caseload (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="189" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="192" />
        <source>Close &amp;tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="193" />
        <source>Ctrl+W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="196" />
        <source>Colours as the &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="200" />
        <source>&amp;Light colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="204" />
        <source>&amp;Dark colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="208" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="209" />
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="212" />
        <source>&amp;About ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../gui/client/matters.py" line="49" />
        <source>Matter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/matters.py" line="60" />
        <source>New matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/matters.py" line="97" />
        <source>No parties in her file yet (add them under Identification and parties)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="6" />
        <location filename="../../../ui/matter_dialog.ui" line="7" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="12" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="13" />
        <source>Type of matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="14" />
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="15" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="16" />
        <source>&amp;Opened on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="17" />
        <source>Opened on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="18" />
        <source>&amp;Regime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="19" />
        <source>Legal regime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="19" />
        <source>e.g. IPA 2015, Nationality and Borders Act 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="20" />
        <source>&amp;Home Office / IPO ref:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="21" />
        <source>Home Office or IPO reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="22" />
        <source>Tri&amp;bunal ref:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="23" />
        <source>Tribunal reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="24" />
        <source>&amp;Police crime ref:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="25" />
        <source>Police crime reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="26" />
        <source>&amp;Decision sent on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="27" />
        <source>Date the decision was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="28" />
        <source>&amp;Next hearing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="29" />
        <source>Next hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="30" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="31" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="32" />
        <source>&amp;Closed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="33" />
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="34" />
        <source>O&amp;utcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="35" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="36" />
        <source>R&amp;etention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="37" />
        <source>Retention category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="38" />
        <source>&amp;Fee earner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="39" />
        <source>Fee earner (who does the work)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="40" />
        <source>Su&amp;pervisor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="41" />
        <source>Supervisor (a solicitor who is not the fee earner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="42" />
        <source>P&amp;arties in this matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="43" />
        <source>Parties in this matter (tick each one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="46" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matter_dialog.ui" line="51" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="6" />
        <source>Matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="10" />
        <source>&amp;New matter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="10" />
        <source>New matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="11" />
        <source>&amp;Edit matter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="11" />
        <source>Edit matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="12" />
        <source>Add &amp;deadline from a rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="12" />
        <source>Add a deadline from a rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="20" />
        <source>Her legal matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="34" />
        <location filename="../../../ui/matters_tab.ui" line="37" />
        <source>Deadlines and tasks of the chosen matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/matters_tab.ui" line="34" />
        <source>Deadlines of the chosen matter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="6" />
        <location filename="../../../ui/mentor_dialog.ui" line="7" />
        <source>Peer mentor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="13" />
        <source>&amp;Mentor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="14" />
        <source>Mentor's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="15" />
        <source>&amp;Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="16" />
        <source>How to reach the mentor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="17" />
        <source>&amp;Started on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="18" />
        <source>Started on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="19" />
        <source>&amp;Ended on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="20" />
        <source>Ended on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="21" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="22" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="25" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/mentor_dialog.ui" line="30" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MovingActions</name>
    <message>
        <location filename="../../gui/moving_actions.py" line="25" />
        <source>Import clients from a spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="27" />
        <source>Export the caseload as a spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="29" />
        <source>Export my tasks as a spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="56" />
        <source>Export the caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="57" />
        <source>Export my tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="65" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/moving_actions.py" line="75" />
        <source>%1 rows were written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MyWeekPage</name>
    <message>
        <location filename="../../gui/my_week.py" line="47" />
        <source>Review needs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="55" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="65" />
        <source>me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="66" />
        <source>a colleague</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/my_week.py" line="136" />
        <source>Next %n days</source>
        <translation><numerusform>Next %n days</numerusform><numerusform>Next %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="159" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="180" />
        <location filename="../../gui/my_week.py" line="186" />
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="181" />
        <source>The calendar file will not be encrypted. It names files by reference only (never her name, nor what a task says), but anyone who gets a copy sees when you act on them. Save it only where it is safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="184" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="188" />
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="193" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/my_week.py" line="200" />
        <source>Calendar saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="6" />
        <location filename="../../../ui/my_week.ui" line="18" />
        <source>My week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="39" />
        <source>Only &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="17" />
        <source>Deadlines, tasks, hearings and reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="28" />
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="34" />
        <source>How many days to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="40" />
        <source>Only what is assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="46" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="47" />
        <source>Refresh my week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="52" />
        <source>&amp;Export calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="53" />
        <source>Export my diary as a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="60" />
        <source>Deadlines and tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/my_week.ui" line="72" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="6" />
        <location filename="../../../ui/need_dialog.ui" line="7" />
        <source>Needs assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="13" />
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="14" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="15" />
        <source>&amp;Assessed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="16" />
        <source>Assessed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="17" />
        <source>&amp;Level of need:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="18" />
        <source>Level of need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="19" />
        <source>&amp;Needs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="20" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="21" />
        <source>Her &amp;goals:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="22" />
        <source>Her goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="23" />
        <source>&amp;Review on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="24" />
        <source>Review on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="27" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/need_dialog.ui" line="32" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/client/note_editor.py" line="53" />
        <location filename="../../gui/client/note_editor.py" line="82" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="159" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="163" />
        <location filename="../../gui/client/note_editor.py" line="308" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="197" />
        <source>Unsaved draft restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="224" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="260" />
        <source>Draft kept (encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="297" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="311" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="319" />
        <source>Not saved: someone else changed this note. Your text is kept as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_editor.py" line="281" />
        <location filename="../../gui/client/note_editor.py" line="323" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="6" />
        <source>Note editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="15" />
        <source>What is being edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="24" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="30" />
        <source>Type of note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="35" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="41" />
        <source>Date of the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="46" />
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="52" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="58" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="64" />
        <source>Matter the note is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="69" />
        <source>D&amp;uration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="75" />
        <source>Duration in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="76" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="83" />
        <source>An i&amp;nterpreter was used; language and dialect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="84" />
        <source>An interpreter was used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="89" />
        <source>Interpreter language and dialect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="95" />
        <source>&amp;Legally privileged (hidden from support workers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="96" />
        <source>Legally privileged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="101" />
        <source>In the c&amp;hronology at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="102" />
        <source>Include in the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="107" />
        <source>Date of the event in the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="114" />
        <source>Text of the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="116" />
        <source>What happened, what was said, what was advised, what happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="123" />
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="124" />
        <source>Earlier versions of this note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="129" />
        <source>Draft status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="139" />
        <source>D&amp;iscard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="140" />
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="145" />
        <source>&amp;Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="146" />
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_editor.ui" line="147" />
        <source>Save the note (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../../gui/client/note_history.py" line="29" />
        <source>Version %1 · saved %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/note_history.py" line="31" />
        <source>Current (version %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_history.ui" line="6" />
        <location filename="../../../ui/note_history.ui" line="7" />
        <source>Earlier versions of the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_history.ui" line="13" />
        <source>Versions, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_history.ui" line="17" />
        <source>Text of the chosen version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/note_history.ui" line="24" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteTimePanel</name>
    <message>
        <location filename="../../gui/client/time_tab.py" line="60" />
        <source>Time recorded on notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="67" />
        <source>Time on notes, in total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="75" />
        <source>On notes %1, of which %2 on no particular matter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message numerus="yes">
        <location filename="../../gui/client/notes.py" line="72" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/client/notes.py" line="82" />
        <source>Privileged notes are sealed to solicitors, and your copy of that key has not reached you yet. It arrives when another solicitor next signs in; until then those notes show as sealed. Nothing in them is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/notes.py" line="87" />
        <source>This file's notes are sealed to the staff named on it, and your copy of its key has not reached you yet. It arrives when a colleague named on this file next signs in. Nothing in them is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/notes.py" line="112" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/notes.py" line="122" />
        <source>the note you are writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="6" />
        <source>Case notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="16" />
        <source>Sealed notes notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="26" />
        <source>Why some notes do not open yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="46" />
        <source>&amp;New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="47" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="48" />
        <source>Write a new note (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="58" />
        <source>Number of notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/notes_tab.ui" line="65" />
        <source>Notes, newest first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="6" />
        <source>Overview and consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="11" />
        <location filename="../../../ui/overview_tab.ui" line="12" />
        <location filename="../../../ui/overview_tab.ui" line="20" />
        <source>Her details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="30" />
        <source>&amp;Edit her details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="31" />
        <source>Edit her details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="42" />
        <location filename="../../../ui/overview_tab.ui" line="43" />
        <source>Consent log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="47" />
        <source>Consents given and withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="60" />
        <source>&amp;Record consent or withdrawal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/overview_tab.ui" line="61" />
        <source>Record consent or withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="211" />
        <source>Her consent is withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="213" />
        <source>Her consent is withdrawn. These referrals are still running under it: tell each organisation, and stop sharing her information with them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="217" />
        <source>New referrals now need her consent again, or a solicitor's override with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="220" />
        <source>Her consent is withdrawn. No referral is running under it; new ones need her consent again, or a solicitor's override with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="225" />
        <source>Her whole file was exported to another organisation (case-transfer export) on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="228" />
        <location filename="../../gui/client/overview.py" line="240" />
        <source> (on a solicitor's override)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="230" />
        <source>Tell whoever received it that she has withdrawn her consent. New exports need her consent again, or a solicitor's override with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="235" />
        <source>Letters about her were sent to another organisation (support letters, document numbers below):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="238" />
        <source>letter %1, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="239" />
        <source>printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="239" />
        <source>saved as a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="242" />
        <source>Tell whoever received them that she has withdrawn her consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="245" />
        <source>Consent withdrawn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="6" />
        <location filename="../../../ui/party_dialog.ui" line="7" />
        <source>Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="13" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="14" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="15" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="16" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="17" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="18" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="19" />
        <source>&amp;Other names (one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="20" />
        <source>Other names (one a line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="21" />
        <source>&amp;Phone numbers (one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="22" />
        <source>Phone numbers (one a line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="23" />
        <source>&amp;Addresses (one a line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="24" />
        <source>Addresses (one a line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="25" />
        <source>Do not disclose (to her, or in documents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="25" />
        <source>&amp;Do not disclose (to her, or in documents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="26" />
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="27" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="30" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/party_dialog.ui" line="35" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../gui/passphrase_meter.py" line="41" />
        <location filename="../../gui/passphrase_meter.py" line="63" />
        <source>Use a few unrelated words: long is strong, and easy to remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/passphrase_meter.py" line="84" />
        <source>Strength %1 of 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/passphrase_meter.py" line="113" />
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="28" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="29" />
        <source>Print the document shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <location filename="../../gui/admin/policy.py" line="26" />
        <source>Fair (2 of 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="27" />
        <source>Good (3 of 4, recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="28" />
        <source>Strong (4 of 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="36" />
        <source>On a centre server the data key is changed at the server itself (assist-desktop rotate-key, see the server guide).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="93" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="100" />
        <location filename="../../../ui/admin_policy.ui" line="108" />
        <source>Rotate the data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="101" />
        <source>Re-encrypt the database with a new key now? Keep ASSIST open until it finishes. Backups made before stay readable with their own passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="103" />
        <source>Rotate now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="106" />
        <source>The data key was rotated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="109" />
        <source>Re-encrypting the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="114" />
        <source>Centre server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="116" />
        <source>Seal the server when the office is left unattended or a laptop may have been taken: everyone is signed out at once, you too, and nobody can work until an administrator unseals it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="120" />
        <source>Seal the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="121" />
        <location filename="../../gui/admin/policy.py" line="128" />
        <source>Seal the centre server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="129" />
        <source>Sign everyone out of the centre server now, you too, and take the data key out of its memory? Work not yet saved on the laptops is lost. Nobody can sign in until an administrator unseals it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/policy.py" line="132" />
        <source>Seal now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="6" />
        <source>Security settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="11" />
        <location filename="../../../ui/admin_policy.ui" line="12" />
        <source>Centre policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="17" />
        <source>&amp;Lock after no activity for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="23" />
        <source>Minutes of inactivity before locking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="24" />
        <source> minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="32" />
        <source>This computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="37" />
        <source>Allow staff to &amp;unlock with the system keychain (“remember on this computer”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="38" />
        <source>Allow unlocking with the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="43" />
        <source>Minimum passphrase &amp;strength:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="49" />
        <source>Minimum passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="54" />
        <source>&amp;Warn when the last backup is older than:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="60" />
        <source>Days before warning about an old backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="61" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="71" />
        <source>&amp;Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="72" />
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="77" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="93" />
        <location filename="../../../ui/admin_policy.ui" line="94" />
        <source>The data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="98" />
        <source>Rotate the data key when someone who may have kept a copy of the database leaves: the database is re-encrypted with a new key, and only the current accounts and the recovery code can open it. It takes a moment; nobody else should be working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="100" />
        <source>About rotating the data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="107" />
        <source>&amp;Rotate the data key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="123" />
        <location filename="../../../ui/admin_policy.ui" line="124" />
        <source>The recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="128" />
        <source>Replace the recovery code if the recovery sheet may have been seen or lost. The new code is shown once, with its sheet to print; the old code stops opening the centre at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="130" />
        <source>About replacing the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="137" />
        <source>Replace the recovery &amp;code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_policy.ui" line="138" />
        <source>Replace the recovery code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PregnancyDialog</name>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="6" />
        <location filename="../../../ui/pregnancy_dialog.ui" line="7" />
        <source>Pregnancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="13" />
        <source>&amp;Due on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="14" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="15" />
        <source>MAT B1 received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="15" />
        <source>MAT &amp;B1 received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="16" />
        <source>Maternity &amp;grant applied on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="17" />
        <source>Maternity grant applied on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="18" />
        <source>&amp;Antenatal care:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="19" />
        <source>Antenatal care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="20" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="21" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="22" />
        <source>&amp;Ended on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="23" />
        <source>Ended on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="24" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="25" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="28" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/pregnancy_dialog.ui" line="33" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../gui/client_import_preview.py" line="41" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="41" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="42" />
        <source>Problem or possible duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="43" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="48" />
        <source>Problems and possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="52" />
        <source>Import all anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="53" />
        <source>Skip all possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="54" />
        <source>Dry run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="55" />
        <source>Do the whole import, then undo it: nothing is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="94" />
        <source>whole row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="95" />
        <location filename="../../gui/client_import_preview.py" line="123" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="95" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="100" />
        <source>Possible duplicate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="102" />
        <source>SAFETY: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="105" />
        <source>…and %1 more possible duplicates (if she is imported, her file's conflict check lists them all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="115" />
        <source>SAFETY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="118" />
        <source>Import anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="124" />
        <source>Cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="129" />
        <source>Skip the %1 row(s) with problems (fix them in the file and read it again to include them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client_import_preview.py" line="145" />
        <source>%1 rows read: %2 ready to import, %3 with problems, %4 possible duplicate(s) (%5 ticked to import anyway; the rest are skipped), %6 warning(s).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../gui/admin/centre_details.py" line="42" />
        <source>this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="6" />
        <location filename="../../../ui/recipient_dialog.ui" line="7" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="11" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="12" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="13" />
        <source>&amp;Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="14" />
        <source>Department or unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="15" />
        <source>&amp;Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="16" />
        <source>A named person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="16" />
        <source>Empty: "Dear Sir or Madam" … "Yours faithfully"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="17" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="18" />
        <source>Address, one line each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="19" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="20" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="21" />
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="22" />
        <source>Where the address came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="22" />
        <source>e.g. the organisation's web page, checked 1 March 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recipient_dialog.ui" line="25" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../gui/client/records.py" line="79" />
        <source>&amp;View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/records.py" line="172" />
        <location filename="../../gui/client/records.py" line="175" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/records.py" line="172" />
        <source>Remove this entry from her file? It is kept in the history and an administrator can restore it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/records_tab.ui" line="9" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="9" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="10" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="10" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="11" />
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="11" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/records_tab.ui" line="13" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gui/recovery.py" line="24" />
        <source>the recovery form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="38" />
        <source>Open and set passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="81" />
        <source>That recovery code is not correct. Check each group against the recovery sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="6" />
        <location filename="../../../ui/recovery.ui" line="7" />
        <source>Use the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="16" />
        <source>The recovery code is on the centre's recovery sheet. Enter it with the account whose passphrase was lost, and choose a new passphrase for that account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="18" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="27" />
        <source>Recovery &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="33" />
        <source>Recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="34" />
        <source>groups of letters and digits, as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="39" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="45" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="50" />
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="57" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="65" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="71" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="76" />
        <source>&amp;Confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="83" />
        <source>Confirm new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="91" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="99" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/recovery.ui" line="111" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="6" />
        <location filename="../../../ui/referral_dialog.ui" line="7" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="13" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="14" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="15" />
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="16" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="17" />
        <source>&amp;Referred on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="18" />
        <source>Referred on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="19" />
        <source>She consented to the referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="19" />
        <source>She &amp;consented to the referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="20" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="21" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="22" />
        <source>Con&amp;tact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="23" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="24" />
        <source>O&amp;utcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="25" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="26" />
        <source>Outcome &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="27" />
        <source>Outcome on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="30" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/referral_dialog.ui" line="35" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplaceCentreDialog</name>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="23" />
        <location filename="../../gui/admin/replace_centre.py" line="24" />
        <source>Replace this centre with another centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="27" />
        <source>This backup is of ANOTHER centre (database %1), not of “%2” (database %3). Restoring it replaces “%2” on this computer, every file and staff account in it, with that other centre. “%2” as it is now is kept for a while in a safety copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="33" />
        <source>What this restore replaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="35" />
        <source>To replace “%1” with the centre in this backup, type that centre's &amp;name (or its database number, %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="40" />
        <source>The name of the centre in the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="47" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="51" />
        <source>Replace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/replace_centre.py" line="73" />
        <source>That is not this backup's database number (%1). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplaceRecoveryDialog</name>
    <message>
        <location filename="../../gui/recovery_replace.py" line="74" />
        <location filename="../../../ui/replace_recovery.ui" line="6" />
        <location filename="../../../ui/replace_recovery.ui" line="7" />
        <source>Replace the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="75" />
        <source>The current recovery code stops opening this centre now. Make a new one?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="76" />
        <source>Make a new code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="80" />
        <source>Making the new code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="87" />
        <source>The new recovery code is in place; the old one no longer opens the centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="101" />
        <source>Recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="106" />
        <source>The recovery sheet was sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="110" />
        <location filename="../../gui/recovery_replace.py" line="115" />
        <source>Save the recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="111" />
        <source>A saved sheet is an ordinary PDF: anyone who finds the file can open the centre's data with it. Print it if you can. Save it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="113" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="117" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="124" />
        <source>Recovery sheet saved: print it, then delete the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/recovery_replace.py" line="133" />
        <source>Print the sheet or write the code down first, then tick the box: the code is not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="11" />
        <source>Make a new recovery code when the recovery sheet may have been seen by someone who should not have it, or lost. The current code stops opening this centre the moment the new one is made, and backups made from then on open only with the new code. Backups made before keep the code they were made with: keep the old sheet locked away until those backups are gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="13" />
        <source>About replacing the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="20" />
        <source>&amp;Make a new recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="21" />
        <source>Make a new recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="36" />
        <source>The new recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="43" />
        <source>This code is shown only now. Print the recovery sheet (printing writes no file) or write the code on paper, and keep it locked away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="45" />
        <source>What to do with the new code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="52" />
        <source>&amp;Print recovery sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="53" />
        <source>Print the new recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="58" />
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="59" />
        <source>Save the new recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="71" />
        <source>I have &amp;printed the sheet or written the new code down, and it is somewhere safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="72" />
        <source>I have kept the new recovery code safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="75" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/replace_recovery.ui" line="80" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveAlertDialog</name>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="20" />
        <location filename="../../gui/client/alert_dialog.py" line="21" />
        <source>Resolve the safety alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="29" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="30" />
        <source>A false match: dismiss it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="31" />
        <source>A real match, acted on: acknowledge it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="33" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="37" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="40" />
        <source>Why it is a false match, or what was done to keep her safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/alert_dialog.py" line="41" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="6" />
        <location filename="../../../ui/restore_dialog.ui" line="7" />
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="11" />
        <source>The database now on this computer is not deleted: it is moved aside to a dated safety copy first. The backup is checked completely before anything is replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="13" />
        <source>About restoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="18" />
        <source>Backup &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="21" />
        <source>Backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="22" />
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="22" />
        <source>Choose the backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="25" />
        <source>Open it with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="28" />
        <source>the backup &amp;passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="28" />
        <source>Open with the backup passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="29" />
        <source>the centre's &amp;recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="29" />
        <source>Open with the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="32" />
        <source>Passphrase or &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="33" />
        <source>Backup passphrase or recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="34" />
        <source>Also &amp;open and check the records inside (slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="34" />
        <source>Also open and check the records inside (slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="37" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/restore_dialog.ui" line="41" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="38" />
        <source>Choose the backup to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="39" />
        <source>ASSIST backups (*.assistbackup);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="53" />
        <source>This file cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="58" />
        <source>Replace the centre on this computer by the backup made %1 (%2)? Everything saved since then is replaced (the centre as it is now is kept for a while in a safety copy), and everyone here is signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="65" />
        <source>This backup is of ANOTHER centre (database %1), not of “%2”. Restore it over “%2”? Everything in “%2” is replaced by that centre's records as they were on %3 (%4); “%2” as it is now is kept for a while in a safety copy, and everyone here is signed out. You will be asked to type that centre's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="72" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_restore.py" line="72" />
        <source>Continue…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../gui/admin/retention.py" line="92" />
        <source>Closed files whose retention period has run, or runs within 30 days. Extend one with a reason, or destroy it for good: a certificate of destruction (its reference and a fingerprint, nothing about her) is kept. Copies inside existing backups remain until those backups are rotated away (docs/DATA_PROTECTION.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="102" />
        <source>Destroyed files a restore brought back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="103" />
        <source>Destroy &amp;again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="109" />
        <source>&amp;Extend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="110" />
        <source>&amp;Destroy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="111" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="112" />
        <source>Save a &amp;certificate again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="137" />
        <source>Retention schedule (resources/rules/retention_rules.json; hover a rule for its notes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="139" />
        <source>Edit &amp;rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="140" />
        <source>&amp;Add rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="141" />
        <source>Reset to the &amp;shipped schedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="188" />
        <source>No file is due for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="214" />
        <source>destroyed %1, certificate %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="218" />
        <source>A backup was restored that was made before these files were destroyed, so they are back in the store. Destroy each again (a new certificate names the first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="233" />
        <location filename="../../gui/admin/retention.py" line="242" />
        <location filename="../../gui/admin/retention.py" line="248" />
        <source>Destroy again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="243" />
        <source>The file %1 was destroyed (certificate %2) after the backup that was restored was made, so the restore brought it back. Destroy it again, for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="273" />
        <source>Reset the retention schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="274" />
        <source>Every change made to the retention schedule here is undone, and the shipped rules apply again. Reset?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="275" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="296" />
        <source>%1 is kept until %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="306" />
        <location filename="../../gui/admin/retention.py" line="312" />
        <source>Destroy for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="307" />
        <source>This erases the file %1 and everything in it, forever, under the retention schedule. It cannot be undone. A certificate of destruction (the reference and a fingerprint only) is kept.

Destroy it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="246" />
        <location filename="../../gui/admin/retention.py" line="310" />
        <source>Destroy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="249" />
        <location filename="../../gui/admin/retention.py" line="313" />
        <source>Type the file's reference (%1) to destroy it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="255" />
        <location filename="../../gui/admin/retention.py" line="319" />
        <source>Destroying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="328" />
        <source>%1 was destroyed; certificate %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="341" />
        <source>Save the certificate of destruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="342" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="355" />
        <source>No file has been destroyed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="357" />
        <source>Certificates of destruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention.py" line="233" />
        <location filename="../../gui/admin/retention.py" line="358" />
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetentionRuleDialog</name>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="24" />
        <source>Retention rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="32" />
        <source>any matter type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="40" />
        <source>years after closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="41" />
        <source>until she reaches an age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="49" />
        <source>[VERIFY]: a lawyer has still to check it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="50" />
        <source>In force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="52" />
        <source>&amp;Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="53" />
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="54" />
        <source>&amp;Matter type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="55" />
        <source>&amp;Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="56" />
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="57" />
        <source>&amp;Counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="58" />
        <source>&amp;Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="59" />
        <source>&amp;Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="60" />
        <source>&amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/retention_rule.py" line="61" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../gui/admin/rules.py" line="22" />
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="23" />
        <source>working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="24" />
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="25" />
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="26" />
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="71" />
        <source>Deadline rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="80" />
        <source>Reminders are whole numbers of days, separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="6" />
        <location filename="../../../ui/rule_dialog.ui" line="7" />
        <source>Deadline rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="12" />
        <source>&amp;Process:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="13" />
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="14" />
        <source>Clock &amp;starts at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="15" />
        <source>Start event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="16" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="17" />
        <source>Length of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="18" />
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="19" />
        <source>Unit of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="20" />
        <source>&amp;Less days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="21" />
        <source>Days subtracted (for example 3 months less 1 day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="22" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="23" />
        <source>Kind of time limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="24" />
        <source>&amp;On a closed day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="25" />
        <source>What happens when the date falls on a closed day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="26" />
        <source>&amp;Reminders (days before):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="27" />
        <source>Reminder days before, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="27" />
        <source>e.g. 14, 7, 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="28" />
        <source>S&amp;ource:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="29" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="30" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="31" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="32" />
        <source>To be verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="32" />
        <source>To be &amp;verified against the current law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="33" />
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="33" />
        <source>In &amp;use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="36" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/rule_dialog.ui" line="41" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../gui/admin/rules.py" line="114" />
        <source>Every jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="151" />
        <source>Switch &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="152" />
        <location filename="../../../ui/admin_rules.ui" line="37" />
        <source>Switch &amp;off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="158" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="182" />
        <source>Export deadline rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="184" />
        <location filename="../../gui/admin/rules.py" line="193" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="188" />
        <source>Exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="192" />
        <source>Import deadline rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/rules.py" line="202" />
        <source>Imported: %1 added, %2 changed, %3 switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="6" />
        <location filename="../../../ui/admin_rules.ui" line="23" />
        <source>Deadline rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="10" />
        <source>The time limits deadlines are computed from (DOMAIN.md, Appendix B). Rules marked “verify” should be checked against the current law before anyone relies on them. Changes apply to deadlines added from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="12" />
        <source>About the deadline rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="17" />
        <source>Filter rules by process or start event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="17" />
        <source>Filter rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="18" />
        <source>Jurisdiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="36" />
        <source>&amp;Edit rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="36" />
        <source>Edit rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="37" />
        <source>Switch the rule on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="38" />
        <source>&amp;Reset to shipped version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="38" />
        <source>Reset the rule to the shipped version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="40" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="40" />
        <source>Export the rules as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="41" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="41" />
        <source>Import rules from JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_rules.ui" line="44" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SarLogPage</name>
    <message>
        <location filename="../../gui/sar_log.py" line="66" />
        <source>Subject access requests: the centre must answer within one calendar month of receiving her request (three months when extended for complex or numerous requests; tell her so, with the reason, within the first month). Requests the centre makes for her, such as for her Home Office file, are tracked here too. Due dates come from the deadline rules and appear in My week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="72" />
        <source>&amp;Open requests only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="74" />
        <source>&amp;Log a request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="75" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="76" />
        <source>Make her &amp;package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="78" />
        <source>Open her &amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="85" />
        <source>Subject access requests</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/sar_log.py" line="126" />
        <source>%n request(s) shown</source>
        <translation><numerusform>%n request shown</numerusform><numerusform>%n requests shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sar_log.py" line="127" />
        <source>%n overdue.</source>
        <translation><numerusform>%n overdue.</numerusform><numerusform>%n overdue.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/sar_log.py" line="168" />
        <source>received %1, due %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SarPackageAction</name>
    <message>
        <location filename="../../gui/sar_package.py" line="43" />
        <location filename="../../gui/sar_package.py" line="53" />
        <location filename="../../gui/sar_package.py" line="135" />
        <source>Subject access package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="46" />
        <source>Open her file first (or choose her request in the subject access log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="55" />
        <source>Package &amp;password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="57" />
        <source>Everything the centre holds about her (%1) will be written to a PDF protected with a password, with the same records as data.json and records.csv and her documents attached inside it. Privileged notes and documents go in a second PDF beside it, for your review, never in the copy for her.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="62" />
        <source>Before anything is released: read the redaction schedule at the front (other people named in her records) and decide what privilege applies. Give her the password by a different route from the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="66" />
        <source>The package leaves the encrypted store. Keep it on an encrypted drive and delete your copies once she has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="81" />
        <source>Save the subject access package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="82" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="95" />
        <source>Gathering her records and making the package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="109" />
        <source>Her identity is not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="110" />
        <source>The subject access log records her identity as not yet checked. Sending her file to someone who is not her would be a serious breach.

Check her identity and record it in the log (Identity checked), or make the package now only if you are sure who is asking: the audit log records that you went ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="114" />
        <source>I am sure: make it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="115" />
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="123" />
        <source>Her subject access package was saved, protected with the password you chose:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="125" />
        <source>%1 records; %2 other people flagged for redaction in the schedule at the front.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="129" />
        <source>%1 privileged records are in a separate file for your review, not for release as they are:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_package.py" line="133" />
        <source>Record the date you send it in the subject access log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SarRequestDialog</name>
    <message>
        <location filename="../../gui/sar_dialog.py" line="25" />
        <source>this subject access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="28" />
        <source>Subject access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="29" />
        <source>Subject access request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="35" />
        <source>Her file's reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="36" />
        <source>Her file's &amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="38" />
        <source>Received from her (she asks for her data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="40" />
        <source>Made for her (e.g. to the Home Office for her file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="42" />
        <source>&amp;Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="44" />
        <source>Received or sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="45" />
        <source>Received / sent &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="47" />
        <source>Home Office (Subject Access Request Unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="49" />
        <source>Sent &amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="51" />
        <source>Identity checked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="52" />
        <source>&amp;Identity checked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="54" />
        <source>How: e.g. seen in person by her caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="56" />
        <source>Identity checked &amp;how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="57" />
        <source>Extended by two further months (complex or numerous requests)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="61" />
        <source>Reason for the extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="62" />
        <source>Extension &amp;reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="64" />
        <source>Told of the extension on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="65" />
        <source>She was &amp;told on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="67" />
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="68" />
        <source>&amp;Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="71" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="118" />
        <source>Due: give the date it was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="124" />
        <source>Due: %1 (%2 from receipt, from the centre's deadline rules)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="126" />
        <source>three months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="127" />
        <source>one month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/sar_dialog.py" line="151" />
        <source>Give the date the request was received (or sent).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveDocumentDialog</name>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="67" />
        <source>this form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="90" />
        <source>At least 8 characters, the same twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="6" />
        <location filename="../../../ui/save_document_dialog.ui" line="7" />
        <source>Save the document outside ASSIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="11" />
        <source>The saved file leaves the encrypted store: anyone who gets a copy can read it. Protect it with a password if it will be sent or carried, and send the password by a different route.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="13" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="18" />
        <source>&amp;Protect the PDF with a password (AES-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="19" />
        <source>Protect with a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="25" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="26" />
        <source>Password for the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="27" />
        <source>&amp;Confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="28" />
        <source>Confirm the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="31" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/save_document_dialog.ui" line="35" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="21" />
        <location filename="../../gui/admin/backup_schedule.py" line="22" />
        <location filename="../../gui/admin/backup_schedule.py" line="86" />
        <location filename="../../gui/admin/backup_schedule.py" line="105" />
        <source>Unattended backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="29" />
        <source>Whether unattended backups are set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="34" />
        <source>The command the scheduler runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="35" />
        <source>Cop&amp;y the command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="36" />
        <source>Copy the scheduler's command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="40" />
        <source>Set &amp;up with the passphrase above…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="41" />
        <source>Set up unattended backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="42" />
        <source>Switch &amp;off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="43" />
        <source>Switch off unattended backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="61" />
        <source>Set up on this computer: the backup passphrase and the job's key are in the system keychain. Have the computer's scheduler (cron, Task Scheduler, launchd) run this command, as you, every day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="66" />
        <source>Not set up. Type a backup passphrase above (and choose the folder), then set up: the passphrase and a key for the job are kept in this computer's system keychain, and the computer's scheduler runs the command below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="81" />
        <source>The command was copied: add it to the computer's scheduler (docs/BACKUP.md shows how).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="87" />
        <source>The backup passphrase you typed is kept in this computer's system keychain, with a key that lets the backup job open the database (nobody can sign in with it). Keep the passphrase with the recovery sheet too: it is needed to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="90" />
        <source>Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="100" />
        <source>Unattended backups are set up (keychain: %1). Now add the command to the computer's scheduler.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="106" />
        <source>Switch off unattended backups? The job's key and the saved backup passphrase are deleted; remove the command from the computer's scheduler too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="108" />
        <source>Switch off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/backup_schedule.py" line="116" />
        <source>Unattended backups are switched off.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionsTab</name>
    <message>
        <location filename="../../../ui/sections_tab.ui" line="14" />
        <source>About this part of her file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerBackupDialog</name>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="48" />
        <source>Verify a backup on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="50" />
        <source>The server checks the backup made %1 (%2) with its passphrase: that the file is complete and unchanged since it was made and checked. Tick the box to also open the records inside and check them; this takes longer. Nothing is changed and everyone carries on working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="55" />
        <source>Restore the centre server from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="58" />
        <source>This replaces the centre on the server with the backup made %1 (%2). Everything saved since then is replaced; the centre as it is now is kept on the server for a while in a safety copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="62" />
        <source>First the server checks the backup file while everyone carries on. Then it signs everyone out (%1), seals itself and restores. When it is done, you unseal it with your passphrase as it was when the backup was made, and everyone signs in with theirs as they were then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="69" />
        <source>only you are signed in now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="73" />
        <source>What this does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="77" />
        <source>Backup &amp;passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="78" />
        <source>Recovery &amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="86" />
        <source>Open it with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="90" />
        <source>Backup passphrase or recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="91" />
        <source>&amp;Passphrase or code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="94" />
        <source>Also open the records inside and check them (slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="98" />
        <source>The centre's name, to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="104" />
        <source>To confirm, type the centre's &amp;name, “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="113" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="117" />
        <source>&amp;Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="121" />
        <source>&amp;Restore the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="142" />
        <source>Type the centre's name as shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="158" />
        <source>Asking the server to verify the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="162" />
        <source>The server is checking the passphrase and its free space…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerBackupsPanel</name>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="77" />
        <source>Backups of the centre are made on the centre server, in its backup folder, and encrypted with the backup passphrase you choose here. Nothing of the centre is written on this laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="87" />
        <source>Make a backup on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="91" />
        <source>Backup passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="94" />
        <source>Backup passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="100" />
        <source>Backup &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="101" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="105" />
        <source>&amp;Make a backup now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="124" />
        <source>Backups in the server's backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="131" />
        <source>Backups on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="139" />
        <source>&amp;Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="140" />
        <source>Verify the chosen backup on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="141" />
        <source>The server checks the backup with its passphrase; nothing is changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="143" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="144" />
        <source>Restore the centre server from the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="146" />
        <source>Replace the centre on the server by this backup: everyone is signed out and the server seals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="148" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="157" />
        <source>Result of the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="163" />
        <source>Safety copy of the centre a restore replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="168" />
        <source>Remove the safety copy &amp;now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="258" />
        <source>Verifying %1 on the server (started by %2): %3 %4%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="370" />
        <source>kept until an administrator signs in to the restored centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="372" />
        <source>removed automatically after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="374" />
        <source>Kept on the server: replaced on %1 (%2), %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="377" />
        <source>It opens with the passphrases the centre had before the restore and still holds anything purged since; a purge, a key rotation or disabling an account removes it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="385" />
        <source>Remove the safety copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="386" />
        <source>The centre as it was before the restore will be overwritten and deleted on the server, and the restore can no longer be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="388" />
        <source>Remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="394" />
        <source>The safety copy was removed on the server (overwritten, then deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="199" />
        <source>Backup folder on the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="212" />
        <source>Last verified backup: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="216" />
        <source>No verified backup yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="228" />
        <source>A backup is being restored on the server (started by %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="238" />
        <source>Making the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="240" />
        <source>A backup is being made on the server (started by %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="247" />
        <source>Backup made and verified on the server: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerRestoreWatch</name>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="214" />
        <source>Restoring the centre server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="217" />
        <source>The server is checking the backup file; everyone carries on working meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="220" />
        <source>What the server is doing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="228" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="230" />
        <source>Unseal the centre server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="233" />
        <source>Your passphrase (%1) as it was when the backup was made. Once the server is unsealed, everyone can sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="239" />
        <source>Your passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="240" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="242" />
        <source>&amp;Unseal the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="282" />
        <source>The restore carries on on the server; this window asks again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="290" />
        <source>Restoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="293" />
        <source>Everyone has been signed out and the server is sealed; the backup is being restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="300" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="303" />
        <source>The backup was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="306" />
        <source>The restore did not happen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="308" />
        <source>Close this window and sign in again to carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="323" />
        <source>The server is still sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="326" />
        <source>The centre server is unsealed. Close this window and sign in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="107" />
        <source>this form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="144" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../gui/shell.py" line="117" />
        <source>Cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="168" />
        <source>The backup was restored. The database that was here before was kept in a safety copy:%1. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="167" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="187" />
        <source>Restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="250" />
        <source>Destroyed files are back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="251" />
        <source>A backup was restored that was made before these files were destroyed, so they are back in the store: %1.

Administration &gt; Retention lists them: destroy each again there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="299" />
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="303" />
        <source>Centre server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="305" />
        <source>Last backup: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="314" />
        <source>Last backup: not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="319" />
        <source>No verified backup yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="321" />
        <source>Last backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="335" />
        <source>Signed out by the centre server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/shell.py" line="426" />
        <source>Remember on this computer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../gui/admin/staff.py" line="118" />
        <location filename="../../../ui/admin_staff.ui" line="51" />
        <source>Disable account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="119" />
        <source>Disable %1's account? Their passphrase will no longer open the database. Their notes and history stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/staff.py" line="121" />
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="6" />
        <location filename="../../../ui/admin_staff.ui" line="17" />
        <source>Staff accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="10" />
        <source>Disabling an account deletes its keys at once: that passphrase no longer opens anything. If the person may have kept a copy of the database, rotate the data key as well (Security tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="12" />
        <source>About staff accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="31" />
        <source>&amp;Add a colleague…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="32" />
        <source>Add a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="37" />
        <source>Change &amp;roles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="38" />
        <source>Change roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="43" />
        <source>&amp;Reset access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="44" />
        <source>Reset access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="45" />
        <source>Give a temporary passphrase to someone who forgot theirs; they choose a new one when they sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/admin_staff.ui" line="50" />
        <source>&amp;Disable account…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="21" />
        <source>%1 (you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="29" />
        <source>Nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/staff_picker.py" line="33" />
        <location filename="../../gui/client/staff_picker.py" line="91" />
        <source>A former colleague</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="50" />
        <source>Unsaved changes (kept, encrypted, until you save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="64" />
        <source>Unsaved work from before was restored: save it, or close and discard it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="67" />
        <source>It was typed over version %1; version %2 was saved since, so compare them (Versions…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="90" />
        <location filename="../../gui/client/statement_actions.py" line="151" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="97" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="103" />
        <source>Saved as version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="106" />
        <source>No paragraph refers to %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="131" />
        <source>Not saved: someone else saved this statement after you opened it. Your text is still here; open the statement again in another window to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="135" />
        <source>Not done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="161" />
        <location filename="../../gui/client/statement_actions.py" line="163" />
        <source>Making the document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="172" />
        <source>A draft PDF was made from version %1; it is in the Documents tab. Read it through before approving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_actions.py" line="208" />
        <source>this witness statement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementDraftsDialog</name>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="83" />
        <source>%1 · version %2 · saved %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="84" />
        <source>(untitled statement)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="90" />
        <source>No drafts yet: start a new witness statement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="6" />
        <source>Witness statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="7" />
        <source>Witness statement drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="9" />
        <source>Her witness statement &amp;drafts (legally privileged; solicitors only):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="10" />
        <source>Statement drafts, most recently saved first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="11" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="14" />
        <source>&amp;New witness statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="14" />
        <source>Start a new witness statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="15" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="15" />
        <source>Open the chosen draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_drafts.ui" line="17" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="54" />
        <source>Not read back yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="55" />
        <source>Read back to her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="56" />
        <source>Approved by her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="58" />
        <location filename="../../gui/client/statement_editor.py" line="136" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="64" />
        <source>Automatic (99)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="146" />
        <source>Automatic (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="147" />
        <location filename="../../../ui/statement_editor.ui" line="16" />
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="156" />
        <source>(matter %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="271" />
        <source>Select the words to use in the note first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="302" />
        <source>Choose an exhibit in the register first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="325" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="341" />
        <source>Witness statement — version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_editor.py" line="342" />
        <source>New witness statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="6" />
        <source>Witness statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="7" />
        <source>Witness statement editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="11" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="12" />
        <source>Title of the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="12" />
        <source>e.g. Statement for the asylum claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="13" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="14" />
        <source>Matter the statement is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="15" />
        <source>Statement number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="16" />
        <source>Statement number (automatic counts her earlier statements in the matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="17" />
        <source>&amp;Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="18" />
        <source>Her occupation or description, as the statement gives it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="18" />
        <source>Occupation or description of the witness (PD 32 para 18.1), e.g. student, unemployed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="23" />
        <source>Read bac&amp;k:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="24" />
        <source>Whether the statement has been read back to her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="25" />
        <source>in &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="26" />
        <source>Language it was read back in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="27" />
        <source>by &amp;interpreter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="28" />
        <source>Interpreter's name (empty: read back without one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="28" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="29" />
        <source>on &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="30" />
        <source>Date it was read back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="43" />
        <source>&amp;Paragraphs, numbered as they will print after the standard opening ones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="46" />
        <source>Paragraphs of the statement, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="53" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="53" />
        <source>Add a paragraph after the chosen one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="54" />
        <source>Insert a&amp;bove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="54" />
        <source>Insert a paragraph above the chosen one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="55" />
        <source>R&amp;emove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="55" />
        <source>Remove the chosen paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="56" />
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="56" />
        <source>Move the chosen paragraph up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="57" />
        <source>Move dow&amp;n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="57" />
        <source>Move the chosen paragraph down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="63" />
        <source>&amp;Heading above it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="64" />
        <source>Heading printed above the chosen paragraph (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="64" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="67" />
        <source>Paragraph te&amp;xt, in her words (first person):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="70" />
        <source>Text of the chosen paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="77" />
        <source>Her notes and the exhibit register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="79" />
        <source>Her notes (sour&amp;ces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="81" />
        <source>Her file notes, to draw on. They are not pasted: copy only what you select.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="82" />
        <source>Her notes, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="83" />
        <source>Text of the chosen note (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="86" />
        <source>Cop&amp;y selection into the paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="86" />
        <source>Copy the selected words of the note into the chosen paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="93" />
        <source>Exhibit re&amp;gister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="95" />
        <source>Each exhibit has a reference (her initials and a number) and what it is. Refer to it in a paragraph by its reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="98" />
        <source>Exhibit register: reference and description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="105" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="106" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="111" />
        <source>Ne&amp;w exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="111" />
        <source>Add an exhibit to the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="112" />
        <source>Remove exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="112" />
        <source>Remove the chosen exhibit from the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="113" />
        <source>Insert &amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="113" />
        <source>Insert the chosen exhibit's reference into the paragraph text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="124" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="125" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="125" />
        <source>Save as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="126" />
        <source>&amp;Versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="126" />
        <source>Earlier versions of the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="127" />
        <source>Generate PD&amp;F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="127" />
        <source>Generate the statement as a draft PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="128" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_editor.ui" line="128" />
        <source>Close the editor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementVersionsDialog</name>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="38" />
        <source>Version %1 · saved %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="41" />
        <source> (current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_versions.ui" line="6" />
        <location filename="../../../ui/statement_versions.ui" line="7" />
        <source>Versions of the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_versions.ui" line="13" />
        <source>Saved versions, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_versions.ui" line="17" />
        <source>The chosen version (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statement_versions.ui" line="24" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../gui/statistics_page.py" line="94" />
        <source>Some report definitions could not be used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="103" />
        <source>Figures that fewer than %1 women stand behind are hidden ([c]), with others that would give them away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="123" />
        <source>There is no report to run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="126" />
        <source>Give the first and last day of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="157" />
        <source>Hidden: too few women, or it would give away a figure that is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="184" />
        <source>Figures under %1 are hidden from now on. Show the figures again to apply it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="192" />
        <location filename="../../gui/statistics_page.py" line="199" />
        <source>Export the figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="193" />
        <source>The file holds the figures shown: counts only, small numbers hidden, no names or references. It still leaves the encrypted store: keep it for the people it is meant for. The export is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="196" />
        <source>Choose where…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/statistics_page.py" line="215" />
        <source>Exported. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="6" />
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="17" />
        <source>&amp;Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="23" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="29" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="35" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="40" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="46" />
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="51" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="57" />
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="62" />
        <source>&amp;Columns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="68" />
        <source>One column per</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="73" />
        <source>&amp;Show figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="74" />
        <source>Show the report's figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="84" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="85" />
        <source>Export the figures as CSV, Excel or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="95" />
        <source>About the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="100" />
        <source>&amp;Hide figures under:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="106" />
        <source>Smallest number of women a figure may show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="113" />
        <source>Sa&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="114" />
        <source>Save the smallest number shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="135" />
        <source>Tables of the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="140" />
        <source>Chart of the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/statistics.ui" line="156" />
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <location filename="../../gui/client/support_tab.py" line="93" />
        <location filename="../../gui/client/support_tab.py" line="100" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="101" />
        <location filename="../../gui/client/support_tab.py" line="109" />
        <source>Support plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="114" />
        <location filename="../../gui/client/support_tab.py" line="122" />
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="124" />
        <location filename="../../gui/client/support_tab.py" line="131" />
        <source>Peer mentoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/support_tab.py" line="146" />
        <source>Someone outside the centre</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../gui/client/task_dialogs.py" line="64" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/task_dialogs.py" line="68" />
        <source>A matter of this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/task_dialogs.py" line="74" />
        <source>Change the task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="6" />
        <location filename="../../../ui/task_dialog.ui" line="7" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="12" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="13" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="14" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="15" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="16" />
        <source>&amp;Due on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="17" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="18" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="19" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="20" />
        <source>&amp;Remind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="22" />
        <source>&amp;Who does it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="23" />
        <source>Who does it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="23" />
        <source>The colleague who will do it; it appears in their My week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="21" />
        <source>Days before to remind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="21" />
        <source> days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="24" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="25" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="28" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/task_dialog.ui" line="33" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/tasks.py" line="119" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/tasks.py" line="120" />
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="6" />
        <location filename="../../../ui/tasks_tab.ui" line="19" />
        <source>Tasks and deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="10" />
        <source>&amp;New task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="10" />
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="11" />
        <source>&amp;Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="11" />
        <source>Change the task: who does it, the date, the reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="12" />
        <source>Mark &amp;done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="12" />
        <source>Mark the task done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="13" />
        <source>&amp;Show finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/tasks_tab.ui" line="13" />
        <source>Show finished tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="6" />
        <location filename="../../../ui/time_dialog.ui" line="7" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="13" />
        <source>&amp;Matter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="14" />
        <source>Matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="15" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="16" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="17" />
        <source>M&amp;inutes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="18" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="19" />
        <source>&amp;Activity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="20" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="21" />
        <source>&amp;Funder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="22" />
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="23" />
        <source>&amp;What was done:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="24" />
        <source>What was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="27" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/time_dialog.ui" line="32" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeTab</name>
    <message>
        <location filename="../../gui/client/time_tab.py" line="109" />
        <location filename="../../gui/client/time_tab.py" line="115" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="122" />
        <source>Time recorded on notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="168" />
        <source>(no particular matter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="179" />
        <source>Total for her file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="181" />
        <source>(%1 of it recorded on notes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="187" />
        <source>no particular matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/time_tab.py" line="190" />
        <source>By matter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransferPassphraseDialog</name>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="34" />
        <source>this passphrase form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="54" />
        <location filename="../../gui/transfer_dialog.py" line="55" />
        <source>Export client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="56" />
        <source>Choose where to save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="57" />
        <source>Choose where to save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="59" />
        <source>Her whole file (%1) will be written to an encrypted case-transfer package. Choose a transfer passphrase for it: several unrelated words, not one you use for anything else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="63" />
        <source>The receiving centre needs this passphrase to open the package. Give it to them by a different route from the file: by phone, not in the same email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="66" />
        <source>The file leaves the encrypted store: it holds everything about her, including privileged notes. Send it only to the centre taking over her case, and delete your copy once they have imported it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="71" />
        <source>She has no consent in force to her information being shared: this export goes ahead on your override (your reason is kept with her file, and the override is recorded in the audit log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="83" />
        <location filename="../../gui/transfer_dialog.py" line="84" />
        <source>Import client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="85" />
        <location filename="../../gui/transfer_dialog.py" line="86" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="88" />
        <source>This file is an encrypted case-transfer package. Type the transfer passphrase the sending centre gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/transfer_dialog.py" line="91" />
        <source>Her file is checked in full before anything is saved: if anything is wrong, nothing is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="6" />
        <location filename="../../../ui/transfer_passphrase.ui" line="7" />
        <location filename="../../../ui/transfer_passphrase.ui" line="28" />
        <source>Transfer passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="13" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="21" />
        <source>Transfer &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="36" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="42" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="47" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="54" />
        <source>Transfer passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="62" />
        <source>About the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="68" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="74" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/transfer_passphrase.ui" line="85" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../gui/unlock.py" line="97" />
        <source>Preparing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="129" />
        <source>You are signing in to your centre's server (%1). The records stay on the server; this laptop keeps none of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="156" />
        <source>No staff account can open this database. Use the recovery code, or restore from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="201" />
        <source>Signing in to the centre server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="203" />
        <source>Opening the encrypted database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="219" />
        <source>Asking the system keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="232" />
        <source>This computer's keychain could not open the database. Enter your passphrase instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="240" />
        <source>The passphrase is not correct. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="250" />
        <source>Nothing has been changed. An administrator can restore the latest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/unlock.py" line="272" />
        <source>You can try again now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/unlock.py" line="276" />
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation><numerusform>Too many failed attempts. Try again in %n second.</numerusform><numerusform>Too many failed attempts. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="12" />
        <location filename="../../../ui/unlock.ui" line="15" />
        <source>Unlock ASSIST Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="30" />
        <source>ASSIST Desktop logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="38" />
        <location filename="../../../ui/unlock.ui" line="39" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="44" />
        <source>The case records on this computer are encrypted. Choose your name and enter your passphrase to open them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="46" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="59" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="65" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="70" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="77" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="82" />
        <source>&amp;Remember on this computer (uses the system keychain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="83" />
        <source>Remember on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="90" />
        <source>Unlock with this computer's &amp;keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="91" />
        <source>Unlock with this computer's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="98" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="106" />
        <source>Unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="119" />
        <source>Use &amp;recovery code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="120" />
        <source>Use recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="126" />
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="127" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="139" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="140" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="146" />
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/unlock.ui" line="147" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="27" />
        <source>this staff member's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="57" />
        <source>Add a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="59" />
        <source>Give them a temporary passphrase in person; they choose their own the first time they sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="61" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="65" />
        <source>Change roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="66" />
        <source>What this person may see and do follows their roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="67" />
        <source>Save roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="69" />
        <location filename="../../gui/admin/user_dialog.py" line="73" />
        <source>Reset access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="71" />
        <source>A new temporary passphrase replaces the one they forgot. Tell it to them in person; they must choose a new one when they sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="104" />
        <source>Choose at least one role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/user_dialog.py" line="137" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="6" />
        <location filename="../../../ui/user_dialog.ui" line="7" />
        <source>Staff account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="13" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="21" />
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="27" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="33" />
        <source>&amp;Username:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="39" />
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="45" />
        <source>Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="52" />
        <source>A&amp;dministrator (accounts, backups, settings, audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="53" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="58" />
        <source>&amp;Solicitor (legal matters and privileged notes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="59" />
        <source>Solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="64" />
        <source>Support &amp;worker (support, needs, children, referrals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="65" />
        <source>Support worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="72" />
        <source>&amp;Temporary passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="79" />
        <source>Temporary passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="87" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="93" />
        <source>Passphrase advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="98" />
        <source>&amp;Confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="105" />
        <source>Confirm temporary passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="113" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="124" />
        <source>Dialog buttons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="75" />
        <source>Caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="79" />
        <source>My week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="87" />
        <source>Subject access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="96" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="101" />
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="104" />
        <source>Your account has no role that shows anything here yet. Ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="107" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="153" />
        <source>&amp;Subject access package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="208" />
        <source>Client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="220" />
        <source>Client file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="234" />
        <source>this client file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="310" />
        <source>a note you are writing (a draft of it is kept, encrypted, whatever you choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="311" />
        <source>this screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/workspace.ui" line="6" />
        <source>Work area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../ui/workspace.ui" line="18" />
        <source>Screens and open client files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>backups</name>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="31" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="35" />
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="46" />
        <source>looks complete (not checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="47" />
        <source>cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="48" />
        <source>damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="49" />
        <source>not a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="50" />
        <source>from a newer version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="51" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="58" />
        <source>checked when made, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="59" />
        <source>checked on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="60" />
        <source>checked in full on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="31" />
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="32" />
        <source>Wrong passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="33" />
        <source>Damaged: do not rely on this backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="34" />
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="46" />
        <location filename="../../gui/backup_words.py" line="78" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="47" />
        <location filename="../../gui/backup_words.py" line="79" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="48" />
        <location filename="../../gui/backup_words.py" line="80" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/admin/server_backups.py" line="49" />
        <location filename="../../gui/backup_words.py" line="81" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="88" />
        <source>one backup a day for the last %n day(s)</source>
        <translation><numerusform>one backup a day for the last %n day</numerusform><numerusform>one backup a day for the last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="90" />
        <source>one a week for the last %n week(s)</source>
        <translation><numerusform>one a week for the last %n week</numerusform><numerusform>one a week for the last %n weeks</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="92" />
        <source>no weekly ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="93" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="98" />
        <source>Saved: %1 are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="105" />
        <source>Old backups: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="107" />
        <source>Old backups removed: %1; kept: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="110" />
        <source>%1 could not be deleted (is the folder read-only?).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="121" />
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/backup_words.py" line="123" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="124" />
        <source>Full check passed: %1 is complete and the records inside opened and checked out (%2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/backup_words.py" line="128" />
        <source>Quick check passed: %1 is complete and unchanged since it was made (the records inside were not opened).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin/server_restore.py" line="66" />
        <source>you and %n other sign-in(s) now, who are told the centre is being restored</source>
        <translation><numerusform>you and %n other sign-in now, who are told the centre is being restored</numerusform><numerusform>you and %n other sign-ins now, who are told the centre is being restored</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/admin/server_restore.py" line="199" />
        <source>Use the passphrase typed when the backup was made, not your sign-in passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>binding</name>
    <message>
        <location filename="../../gui/binding.py" line="78" />
        <source>(as recorded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="78" />
        <source>overdue by %n day(s)</source>
        <translation><numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="83" />
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="102" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/formatting.py" line="103" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/client/overview.py" line="28" />
        <source>Referral into the NRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="29" />
        <source>Referral to a support provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="30" />
        <source>Sharing information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="31" />
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/overview.py" line="32" />
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="19" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="20" />
        <source>Solicitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21" />
        <source>Support worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23" />
        <source>England &amp; Wales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24" />
        <source>Scotland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25" />
        <source>Republic of Ireland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27" />
        <source>Trafficker has contact with her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28" />
        <source>Risk of re-trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29" />
        <source>Address known to trafficker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="30" />
        <source>Children used as leverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31" />
        <source>Family threatened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32" />
        <source>Debt bondage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33" />
        <source>Risk of self-harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34" />
        <source>Safety alert from screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36" />
        <location filename="../../gui/labels.py" line="63" />
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37" />
        <source>Text message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41" />
        <source>Only through her key worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42" />
        <source>Through a named person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43" />
        <source>Do not contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45" />
        <source>Identification (NRM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46" />
        <source>Asylum claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="47" />
        <source>Fresh claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="48" />
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="49" />
        <source>Judicial review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50" />
        <source>Criminal proceedings (witness)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52" />
        <source>Employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53" />
        <source>Civil claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="54" />
        <source>Family and children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="55" />
        <source>Age assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56" />
        <source>Housing and welfare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="64" />
        <source>Hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="65" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68" />
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69" />
        <source>No status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="70" />
        <source>Asylum seeker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="71" />
        <source>Appeal pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="72" />
        <source>Refugee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73" />
        <source>Humanitarian protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74" />
        <source>Temporary permission (survivor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75" />
        <source>Other limited leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76" />
        <source>Pre-settled status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77" />
        <source>Settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78" />
        <source>Citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="80" />
        <source>No preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="81" />
        <source>Woman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82" />
        <source>Man</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="84" />
        <source>Not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85" />
        <source>Proceed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86" />
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="87" />
        <source>Refer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89" />
        <source>No need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="90" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="91" />
        <source>Single Competent Authority (SCA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="92" />
        <source>Immigration Enforcement Competent Authority (IECA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93" />
        <source>An Garda Síochána</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94" />
        <source>UK National Referral Mechanism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95" />
        <source>Republic of Ireland (before the 2024 Act)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="96" />
        <source>Republic of Ireland (2024 Act NRM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="98" />
        <source>Criminal Injuries Compensation Tribunal (Republic of Ireland)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108" />
        <source>Claim made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="109" />
        <source>Decision (Home Office / IPO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="110" />
        <source>Tribunal determination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="111" />
        <source>Onward appeal (permission)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="112" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="113" />
        <source>Granted: refugee status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="114" />
        <source>Granted: humanitarian protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="116" />
        <source>Granted: other leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="117" />
        <source>Refused and certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="118" />
        <source>National Age Assessment Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="119" />
        <source>Tusla (Ireland)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="120" />
        <source>Tribunal or court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="121" />
        <source>Not decided yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="122" />
        <source>A child, of another age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="123" />
        <source>Benefit of the doubt (child)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="124" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="125" />
        <source>Outreach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="126" />
        <source>Self-referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="127" />
        <source>Referred by an agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="128" />
        <source>Sexual exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="129" />
        <source>Labour exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="130" />
        <source>Forced criminality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="131" />
        <source>Financial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97" />
        <source>CICA (Criminal Injuries Compensation Scheme 2012)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="15" />
        <source>Subject access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16" />
        <source>Received from her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17" />
        <source>Made for her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="100" />
        <source>Workplace Relations Commission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="101" />
        <source>With her</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="102" />
        <source>In care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="103" />
        <source>In the country of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104" />
        <source>Not yet decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105" />
        <source>Slavery, servitude or forced labour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="33" />
        <source>Witness statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="34" />
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="35" />
        <source>Representations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="36" />
        <source>Further submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="37" />
        <source>Letter of support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="38" />
        <source>Compensation claim summary and schedule of loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="40" />
        <source>Children's needs report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="41" />
        <source>Client care letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="42" />
        <source>Case summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="43" />
        <source>Conflict check record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="44" />
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/documents_tab.py" line="45" />
        <source>Recovery sheet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gui/consent_override.py" line="20" />
        <source>Go ahead without her consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/consent_override.py" line="21" />
        <source>Reason (kept with her file, and the override recorded in the audit log):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="119" />
        <source>&amp;Witness statements…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/client/statement_drafts.py" line="120" />
        <source>Write or open a witness statement draft</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>