<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>CloseDateDialog</name>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="174"/>
        <source>reopen a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/support/DiscardGuard.cpp" line="51"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/DiscardGuard.cpp" line="52"/>
        <source>What you typed in &quot;%1&quot; is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/DiscardGuard.cpp" line="55"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/DiscardGuard.cpp" line="57"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEdits</name>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="103"/>
        <source>change a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="113"/>
        <source>restore a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="123"/>
        <source>set a counting policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="132"/>
        <source>reset a counting policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="143"/>
        <source>add a local holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="144"/>
        <source>remove a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleEdits.cpp" line="153"/>
        <source>take back a calendar change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="24"/>
        <source>That recovery key does not open this store: it may be an older key, replaced since, or the key of another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="28"/>
        <source>The store has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui</name>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="27"/>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="29"/>
        <source>UPP (performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="31"/>
        <source>UAP (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="33"/>
        <source>Sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="35"/>
        <source>Limited duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="37"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="39"/>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="34"/>
        <source>Returned to full duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="35"/>
        <source>Adjustments agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="36"/>
        <source>UPP/UAP outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="37"/>
        <location filename="../../ui/workspace/Labels.cpp" line="41"/>
        <source>Ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="38"/>
        <source>Resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="39"/>
        <source>Dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="52"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="52"/>
        <source>Edit the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="81"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="97"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="98"/>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="99"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="100"/>
        <source>&amp;RAG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="101"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="102"/>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="103"/>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="104"/>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="105"/>
        <source>Outcome &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="134"/>
        <source>close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="135"/>
        <source>reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="135"/>
        <source>edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="153"/>
        <source>Edit the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="158"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="158"/>
        <source>Police staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="163"/>
        <source>Full duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="163"/>
        <source>Recuperative duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="163"/>
        <source>Adjusted duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="164"/>
        <source>Management restricted duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="164"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="164"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="168"/>
        <source>Police Pension Scheme 1987</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="168"/>
        <source>New Police Pension Scheme 2006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="169"/>
        <source>Police Pension Scheme 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="169"/>
        <source>Local Government Pension Scheme (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="169"/>
        <location filename="../../ui/workspace/CaseForms.cpp" line="172"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="172"/>
        <source>Police Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="172"/>
        <source>Unison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="172"/>
        <source>Police Superintendents&apos; Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="172"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="175"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="176"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="177"/>
        <source>&amp;Officer or staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="178"/>
        <source>&amp;Rank or grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="179"/>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="180"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="181"/>
        <source>L&amp;ine manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="182"/>
        <source>&amp;Duty status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="183"/>
        <source>&amp;Pension scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="184"/>
        <source>&amp;Staff association:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="185"/>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="204"/>
        <source>edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="228"/>
        <source>Write the holistic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="229"/>
        <source>Write version %1 of the holistic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="235"/>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="236"/>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="238"/>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="239"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="240"/>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="241"/>
        <source>&amp;Performance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="242"/>
        <source>&amp;Conduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="243"/>
        <source>A&amp;djustments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="244"/>
        <source>Occupational &amp;health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="245"/>
        <source>&amp;Stakeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="246"/>
        <source>&amp;Recommendations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="43"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="45"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="56"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="58"/>
        <location filename="../../ui/workspace/Labels.cpp" line="105"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="60"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="69"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="71"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="73"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="82"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="84"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="86"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="88"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="130"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="133"/>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="136"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="139"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="141"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseForms.cpp" line="40"/>
        <location filename="../../ui/workspace/Labels.cpp" line="90"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="99"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="101"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="103"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="107"/>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="116"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="118"/>
        <source>Analogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="120"/>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="122"/>
        <source>Local policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateExplanationView.cpp" line="35"/>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateExplanationView.cpp" line="35"/>
        <source>How sure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateExplanationView.cpp" line="40"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="112"/>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="117"/>
        <source>cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="148"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="157"/>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="200"/>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="201"/>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="23"/>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="42"/>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="29"/>
        <source>Casebook icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="37"/>
        <source>&lt;h2&gt;Casebook %1&lt;/h2&gt;&lt;p&gt;An offline, encrypted case book for performance and wellbeing cases.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="48"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AbsenceSection</name>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="156"/>
        <source>&lt;b&gt;Sick pay today&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="158"/>
        <source>Next: %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="161"/>
        <source>In the %n months from %1: %2 days on full pay and %3 on half pay (%4 sick days in all).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="168"/>
        <source>&lt;b&gt;Left:&lt;/b&gt; %1 of %2 days on full pay, %3 of %4 days on half pay (Police Regulations 2003 reg 28 and Annex K, as the sick-pay rules state them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="197"/>
        <source>&amp;Add absence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>Half pay from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>Nil pay from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="205"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="211"/>
        <source>The absences cannot be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="212"/>
        <source>&lt;b&gt;Sick pay&lt;/b&gt; cannot be worked out until the absence at fault is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="217"/>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="254"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="218"/>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="257"/>
        <source>this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="227"/>
        <source>&lt;b&gt;Bradford factor&lt;/b&gt; over %1 – %2: &lt;b&gt;%3&lt;/b&gt; (spells: %4, days: %5). Without disability-related and adjustment-covered absences (Equality Act 2010 s.20): &lt;b&gt;%6&lt;/b&gt; (spells: %7, days: %8). Trigger points are your force&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="247"/>
        <source>(another case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="250"/>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="307"/>
        <source>Disability-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="250"/>
        <source>Covered by adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="257"/>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="289"/>
        <source>Edit the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="289"/>
        <source>Add an absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="292"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="298"/>
        <source>musculoskeletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="298"/>
        <source>stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="298"/>
        <source>anxiety/depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="298"/>
        <source>respiratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="299"/>
        <source>gastrointestinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="299"/>
        <source>injury on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="299"/>
        <source>surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="299"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="303"/>
        <source>Work-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="305"/>
        <source>Assault on duty (Operation Hampshire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="310"/>
        <source>Covered by an agreed adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="312"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="313"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="314"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="330"/>
        <source>edit absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="332"/>
        <source>add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="344"/>
        <source>remove absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.h" line="26"/>
        <source>Absence &amp;&amp; sick pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AmendEntryDialog</name>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="30"/>
        <source>Amend a chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="34"/>
        <source>The entry as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="43"/>
        <source>What the entry should now say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="47"/>
        <source>Why it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="48"/>
        <source>For example: wrong date given; officer&apos;s words misquoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="50"/>
        <source>The correction holds &amp;medical information (withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="54"/>
        <source>The entry as first written stays in the record. The correction is added beside it with today&apos;s date (%1) and your name, goes in the audit log, and appears in exports as &quot;Amended on …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="62"/>
        <source>Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="63"/>
        <source>&amp;Should now say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="65"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/AmendEntryDialog.cpp" line="74"/>
        <source>Save &amp;amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AuditLogPage</name>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="45"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="47"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="49"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="51"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="53"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="55"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="57"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="59"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="61"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="95"/>
        <source>an entry is missing before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="97"/>
        <source>it does not follow from the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="99"/>
        <source>its contents were changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="101"/>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="103"/>
        <source>the entries from it to the recorded end are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="105"/>
        <source>it is not the recorded last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="107"/>
        <source>it does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="118"/>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="121"/>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="122"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="126"/>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="127"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="133"/>
        <source>Words in who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="134"/>
        <source>in who or what, e.g. a name or &quot;summary&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="136"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="140"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="142"/>
        <source>U&amp;ntil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="146"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="149"/>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="153"/>
        <source>Check the &amp;chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="155"/>
        <source>Recomputes every entry&apos;s hash from the first to the recorded head, as casebook-cli audit verify does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="162"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="164"/>
        <source>Record n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="166"/>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="168"/>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="225"/>
        <location filename="../../ui/store/AuditLogPage.cpp" line="286"/>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="235"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="254"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="276"/>
        <source>%1 of the log&apos;s %2 entries shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="277"/>
        <source>%1 of the latest %2 entries shown; casebook-cli audit list shows every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="288"/>
        <source>The chain holds: %1 entries, each hash matches, up to the recorded head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/AuditLogPage.cpp" line="291"/>
        <source>The chain is broken at entry %1: %2. The log was altered outside Casebook, or the store is damaged; keep a copy of the store and tell your information security team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseDatesPane</name>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="41"/>
        <source>Dates of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="43"/>
        <source>Mar&amp;k date done or waived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="45"/>
        <source>Take the selected date off Due &amp; overdue: done, not applicable or waived, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="47"/>
        <source>&amp;Reopen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="49"/>
        <source>Put the selected closed date back on Due &amp; overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="74"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="81"/>
        <source> (local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="99"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="100"/>
        <source>%1: %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseDatesPane.cpp" line="136"/>
        <source>Could not reopen the date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CasePage</name>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="41"/>
        <location filename="../../ui/workspace/CasePage.cpp" line="236"/>
        <source>Choose a case on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="63"/>
        <source>Pages of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="92"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="96"/>
        <source>Chronology &amp;&amp; decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="97"/>
        <source>Holistic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="126"/>
        <source>Add to chro&amp;nology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="128"/>
        <source>Record a deci&amp;sion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="132"/>
        <source>Ed&amp;it case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="134"/>
        <source>Summary, types, status, RAG, owner, next review; close or reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="136"/>
        <source>Summary for a &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="138"/>
        <source>The case summary to take to a meeting: preview, then PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="140"/>
        <source>Meeting &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="142"/>
        <source>After a meeting: its notes, actions agreed (into an action plan), decisions (into the decision log) and the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="145"/>
        <source>Edit &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="148"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="150"/>
        <source>Erase this case, or the person and all their cases, for good: shows what goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="163"/>
        <source>Write a new ve&amp;rsion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="242"/>
        <source>This case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="269"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3 · %4 · %5&lt;/p&gt;&lt;p&gt;%6 · Status: &lt;b&gt;%7&lt;/b&gt; · RAG: &lt;b&gt;%8&lt;/b&gt; · Owner: %9&lt;/p&gt;&lt;p&gt;Opened %10%11&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="274"/>
        <source> · next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="275"/>
        <source>&lt;p&gt;Consent today: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="282"/>
        <source>No holistic review has been written for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="286"/>
        <source>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;, %2, by %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="289"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="290"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="291"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="292"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="293"/>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="294"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="295"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="296"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="297"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CasePage.cpp" line="440"/>
        <source>record meeting outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseSection</name>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="19"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="25"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="19"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="311"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="19"/>
        <source>Partly agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="20"/>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="48"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="39"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="41"/>
        <source>reasonable adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="42"/>
        <source>&amp;Add adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="43"/>
        <source>No reasonable adjustments recorded for this case (Equality Act 2010 s.20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="44"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="44"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="44"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="45"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="130"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="45"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="45"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="46"/>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="46"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="49"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="56"/>
        <source>None set: needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="61"/>
        <source>e.g. day shifts only; a sit-stand desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="73"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="93"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="139"/>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="74"/>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="75"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="78"/>
        <source>e.g. v3, 12 May 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="86"/>
        <source>&amp;What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="87"/>
        <source>&amp;Barrier it removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="88"/>
        <source>&amp;Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="89"/>
        <source>Requested b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="90"/>
        <source>&amp;OH advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="91"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="92"/>
        <source>R&amp;ationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="93"/>
        <source>Decision &amp;maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="94"/>
        <source>Decision da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="96"/>
        <source>&amp;Implemented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="98"/>
        <source>Re&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="99"/>
        <source>&amp;Passport version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="120"/>
        <source>&lt;p&gt;&lt;b&gt;Adjustment:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="122"/>
        <source>&lt;p&gt;&lt;b&gt;Barrier it removes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="124"/>
        <source>&lt;p&gt;&lt;b&gt;Needs a review date:&lt;/b&gt; an agreed adjustment is reviewed to check it still works; set one with Edit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="128"/>
        <source>&lt;p&gt;&lt;b&gt;OH advice:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AdjustmentKinds.cpp" line="131"/>
        <source>&lt;p&gt;&lt;b&gt;Decision:&lt;/b&gt; %1, because %2 (%3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="35"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="28"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="37"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="156"/>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="36"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="32"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="114"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="37"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="31"/>
        <source>Professional Standards (PSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="38"/>
        <source>Police Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="39"/>
        <source>Unison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="40"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="29"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="41"/>
        <source>Second line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="42"/>
        <source>Appeal manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="43"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="48"/>
        <source>Awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="48"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="49"/>
        <source>Already using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="73"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="75"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="76"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="77"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="77"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="78"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="78"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="78"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="94"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="95"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="96"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="97"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="98"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="99"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="144"/>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="159"/>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="173"/>
        <source>Save a copy outside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="145"/>
        <source>The copy of &quot;%1&quot; will be written unencrypted, outside Casebook. Keep it only as long as you need it, on a drive your force approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="153"/>
        <source>Save a copy of the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="160"/>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="174"/>
        <source>The copy could not be written or recorded in the audit log (%1), so no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="187"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="189"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="190"/>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="191"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="191"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="191"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="192"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="192"/>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="308"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="107"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="195"/>
        <source>medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="200"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="202"/>
        <source>Choose a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="207"/>
        <source>Medical (fit note, OH report, GP letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="210"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="212"/>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="345"/>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="136"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="426"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.h" line="133"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="213"/>
        <source>The file is copied into the encrypted store (up to 25 MiB). The original is left where it is: delete it if it should not stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="224"/>
        <source>choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="227"/>
        <source>there is no file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="230"/>
        <source>%1 is %2, and attachments can be up to 25 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="235"/>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="279"/>
        <source>the content is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="291"/>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="303"/>
        <source>Signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="305"/>
        <source>signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="306"/>
        <source>Offer s&amp;upport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="307"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="307"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="307"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="317"/>
        <source>(unknown service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="337"/>
        <source>Choose, or type a new service for the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="342"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="343"/>
        <source>&amp;Offered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/CaseLinkKinds.cpp" line="344"/>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="30"/>
        <source>Staff association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="33"/>
        <source>The officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="38"/>
        <source>OH advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="38"/>
        <source>Diagnosis and medical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="39"/>
        <source>Absence reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="39"/>
        <source>Fit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="44"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="149"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="44"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="149"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="71"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="27"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="73"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="42"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="272"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="274"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="75"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="30"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="77"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="87"/>
        <source>, withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="100"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="102"/>
        <source>consent answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="103"/>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="104"/>
        <source>No consent recorded for this officer. Until it is, every export withholds medical information from everyone but the officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="106"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="106"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="57"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="106"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="107"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="107"/>
        <source>How obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="121"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="126"/>
        <source>e.g. signed form, by e-mail, verbally at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="129"/>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="130"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="84"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="131"/>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="132"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="133"/>
        <source>&amp;Withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="135"/>
        <source>&amp;How obtained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="155"/>
        <source>&lt;p&gt;The history could not be read: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="159"/>
        <source>&lt;p&gt;As of today: &lt;b&gt;%1&lt;/b&gt;. Exports judge consent on their own date.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="161"/>
        <source>&lt;p&gt;History for this audience and category:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="175"/>
        <source>Withdr&amp;aw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="177"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="178"/>
        <source>withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="184"/>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ConsentKinds.cpp" line="185"/>
        <source>&amp;How and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="21"/>
        <source>Recuperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="21"/>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="21"/>
        <source>Management restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="34"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="154"/>
        <source>sergeant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="40"/>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="158"/>
        <source>line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="43"/>
        <source>given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="51"/>
        <source>Limited duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="53"/>
        <source>limited duty placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="54"/>
        <source>&amp;Add placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="55"/>
        <source>No limited duties recorded for this case. Police Regulations 2003 reg 28A and Annex EE: adjusted duties are reviewed within 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="57"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="57"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="58"/>
        <source>OH basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="58"/>
        <source>Local reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="58"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="255"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="66"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="76"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="82"/>
        <source>e.g. 2026-12-01, 2027-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="85"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="86"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="87"/>
        <source>&amp;OH basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="88"/>
        <source>Local &amp;review dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="89"/>
        <source>Outco&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="116"/>
        <source>OH referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="117"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="252"/>
        <source>&amp;Add referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="118"/>
        <source>No occupational health referrals for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="119"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="254"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="119"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="120"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="120"/>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="121"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="121"/>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="126"/>
        <source>awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="136"/>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="137"/>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="138"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="147"/>
        <source>One recommendation per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="149"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="152"/>
        <source>What the officer said about sharing this report. What exports withhold follows the Consent page, by audience and category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="161"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="275"/>
        <source>&amp;Referred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="162"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="163"/>
        <source>&amp;Questions for OH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="164"/>
        <source>&amp;Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="166"/>
        <source>Re&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="167"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="169"/>
        <source>&amp;Consent to share the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="170"/>
        <source>Shared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="201"/>
        <source>&lt;h4&gt;Reason&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="203"/>
        <source>&lt;h4&gt;Questions&lt;/h4&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="210"/>
        <source>&lt;h4&gt;Recommendations&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/HealthKinds.cpp" line="216"/>
        <source>&lt;p&gt;Consent to share the report: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="31"/>
        <source>Performance (UPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="31"/>
        <source>Attendance (UAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="36"/>
        <source>Pending assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="37"/>
        <source>No case to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="38"/>
        <source>Practice requiring improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="39"/>
        <source>Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="40"/>
        <source>Gross misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="41"/>
        <source>Vetting referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="51"/>
        <source>UPP / UAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="53"/>
        <source>UPP/UAP procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="54"/>
        <source>Start proced&amp;ure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="55"/>
        <source>No unsatisfactory performance or attendance procedure for this case. Starting one records when the matter came to attention; the regime follows from that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="57"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="57"/>
        <source>Came to attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="57"/>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="58"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="58"/>
        <source>Improvement period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="62"/>
        <source> (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="68"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="70"/>
        <source> (typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="75"/>
        <source>Paused since %1 (conduct referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="76"/>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="27"/>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="76"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="91"/>
        <source>The line manager or chief officer it came to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="96"/>
        <source>Why this regime, when it is not the one the dates give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="124"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="153"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="128"/>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="129"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="131"/>
        <source>The period the notice gives; the end is worked out from it (from the start, or the written improvement notice&apos;s date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="134"/>
        <source>typed end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="137"/>
        <source>Why a typed end replaces the one worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="138"/>
        <source>Exceptional circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="142"/>
        <source>Not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="146"/>
        <source>Conduct referral of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="154"/>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="155"/>
        <source>Came to &amp;attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="156"/>
        <source>Came to attention &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="157"/>
        <source>&amp;Regime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="158"/>
        <source>Reason for the re&amp;gime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="160"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="162"/>
        <source>&amp;Improvement period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="165"/>
        <source>Reason for the typed e&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="168"/>
        <source>Pa&amp;used pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="198"/>
        <source>&lt;p&gt;&lt;b&gt;Regime:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="202"/>
        <source>&lt;p&gt;The dates give %1; chosen instead because: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="208"/>
        <source>&lt;p&gt;&lt;b&gt;Paused&lt;/b&gt; since %1 pending a conduct referral: its time limits are not running (Police (Performance) Regulations 2020 regs 12 and 14).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="217"/>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; %1 by &lt;b&gt;%2&lt;/b&gt; (%3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="225"/>
        <source>&lt;p&gt;The dates cannot be worked out: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="237"/>
        <source>&amp;Record event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="237"/>
        <source>Record a UPP/UAP event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="238"/>
        <source>record UPP/UAP event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="249"/>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="251"/>
        <source>conduct referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="253"/>
        <source>No conduct referrals for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="254"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="254"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="255"/>
        <source>Report given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="255"/>
        <source>Appeal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="276"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="277"/>
        <source>Se&amp;verity assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="278"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="279"/>
        <source>Meeting re&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="281"/>
        <source>&amp;Appeal notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="294"/>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="306"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="308"/>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="309"/>
        <source>&amp;Add plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="310"/>
        <source>No action plans for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="311"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="311"/>
        <source>Objectives done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="312"/>
        <source>Next objective due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="312"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="324"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="331"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="332"/>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="343"/>
        <source>&lt;p&gt;No objectives yet: use Add objective.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="345"/>
        <source>&lt;h4&gt;Objectives&lt;/h4&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="347"/>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="348"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="349"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="356"/>
        <source>&lt;h4&gt;Reviews&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="367"/>
        <source>O&amp;bjective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="369"/>
        <source>Add an objective to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="370"/>
        <source>add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="376"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="377"/>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="402"/>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="378"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="379"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="389"/>
        <source>Mar&amp;k done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="391"/>
        <source>Mark an objective done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="392"/>
        <source>mark objective done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="403"/>
        <source>Done &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="407"/>
        <source>every objective of this plan is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="417"/>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="419"/>
        <source>Record a review of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="420"/>
        <source>record plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/ProcedureKinds.cpp" line="425"/>
        <source>&amp;Reviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="20"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="38"/>
        <source>Stage %1 (not in this regime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="45"/>
        <source>Gross incompetence (straight to the final meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="71"/>
        <source>%1 (no rule pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RegimeChoices.cpp" line="79"/>
        <source>As the dates give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="49"/>
        <source> (local date; the rule gives %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="56"/>
        <source>&lt;p&gt;No open dates for this record.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="58"/>
        <source>&lt;h4&gt;Dates&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="59"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="94"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="59"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="94"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="59"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="94"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="59"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="94"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="60"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="95"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="60"/>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="95"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="67"/>
        <source>&lt;p&gt;No dates yet: record the events the regulations count from.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="73"/>
        <source>done late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="74"/>
        <source>done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="79"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="84"/>
        <source>; bank holidays for that year are projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="93"/>
        <source>&lt;h4&gt;Dates under the regulations&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="102"/>
        <source>&lt;p&gt;No events recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="104"/>
        <source>&lt;h4&gt;Recorded&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="115"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.h" line="131"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordKindSupport.h" line="132"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="19"/>
        <source>Police Pension Scheme 1987</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="19"/>
        <source>New Police Pension Scheme 2006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="20"/>
        <source>Police Pension Scheme 2015 (CARE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="25"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="25"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="75"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="169"/>
        <source>Ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="77"/>
        <source>ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="78"/>
        <source>&amp;Add ill-health retirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="79"/>
        <source>No ill-health retirement for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="80"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="80"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="129"/>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="80"/>
        <source>PPA decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="81"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="130"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="81"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="95"/>
        <source>Retirement date and tier, or how the officer is retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="96"/>
        <source>Pension &amp;scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="97"/>
        <source>PPA &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="98"/>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="143"/>
        <source>Decision d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="100"/>
        <source>De&amp;tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="114"/>
        <source>&amp;Record step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="114"/>
        <source>Record a step of the ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="115"/>
        <source>record ill-health retirement step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="124"/>
        <source>Injury awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="126"/>
        <source>injury award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="127"/>
        <source>Add in&amp;jury award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="128"/>
        <source>No injury award for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="129"/>
        <source>Injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="129"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="140"/>
        <source>&amp;Injured on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="141"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="142"/>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="157"/>
        <source>Record step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="157"/>
        <source>Record a step of the injury award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RetirementKinds.cpp" line="158"/>
        <source>record injury award step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="59"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="61"/>
        <source>Edit the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="62"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="64"/>
        <source>Remove the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="141"/>
        <source>full pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="143"/>
        <source>half pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="145"/>
        <source>nil pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/AbsenceSection.cpp" line="149"/>
        <source>not absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseloadExportDialog</name>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="52"/>
        <source>Caseload overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="53"/>
        <source>Every case, open and closed, for the chief inspector: cases by type, stage and duration, and outcomes (OH and PSD referrals, ill-health retirements, action plans, returns to full duties, resignations). No medical detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="56"/>
        <source>Anonymised (Officer A, Officer B, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="61"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="62"/>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="66"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="68"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="69"/>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="71"/>
        <source>Calendar of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="72"/>
        <source>Every date the open cases give, as all-day events for a diary (iCalendar). Importing a later export updates the same events. Titles that would reveal health detail are replaced unless the officer&apos;s consent covers whose diary it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="77"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="78"/>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="79"/>
        <source>For the diary of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="81"/>
        <source>Officers&apos; names in event titles (otherwise &quot;Case 12&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="89"/>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="90"/>
        <source>Reminder, days before each date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="91"/>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="98"/>
        <source>The file is written unencrypted; the export is recorded in the audit log with its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="101"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="119"/>
        <source>Casebook dates %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="119"/>
        <source>Caseload overview %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="123"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="136"/>
        <source>Reading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="195"/>
        <source>Writing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="219"/>
        <source>Written to %1 and recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/CaseloadExportDialog.cpp" line="223"/>
        <source>The export could not be written or recorded (%1); no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseloadModel</name>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="232"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="259"/>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="275"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="277"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="279"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="281"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="283"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="285"/>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="287"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="289"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseloadPage</name>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="36"/>
        <source>Search people, cases and chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="37"/>
        <source>Search names, cases, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="53"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="65"/>
        <source>Ne&amp;w case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="67"/>
        <source>Open a case for someone new or already here (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="96"/>
        <source>Could not compute the dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="105"/>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="167"/>
        <source>Could not read the caseload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="113"/>
        <source>Show cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="114"/>
        <source>Active cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="115"/>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="116"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="117"/>
        <source>Show cases by RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="118"/>
        <source>Any RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="122"/>
        <source>Show cases by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="123"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="127"/>
        <source>Show cases by their next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="128"/>
        <source>Any next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="129"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="130"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="131"/>
        <source>Due within 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="170"/>
        <source>No cases yet. Open the first with New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="210"/>
        <source>Showing every case: the case opened from Due &amp; overdue was not in the list as it was filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="279"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="299"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace/CaseloadPage.cpp" line="300"/>
        <source>%n case(s) match &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="37"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="38"/>
        <source>Casebook locks the store, changes its passphrase and opens it again with the new one. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="42"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="43"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="44"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="49"/>
        <source>The old passphrase may be &amp;known: re-encrypt every page under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="51"/>
        <source>Also takes the store away from anyone holding the old passphrase and an old copy of its header. Takes longer on a large store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="55"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="62"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="63"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="66"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="95"/>
        <source>The new passphrase is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ChangePassphraseDialog.cpp" line="97"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChronologyPane</name>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="50"/>
        <source>&lt;p&gt;%1 · %2 · recorded by %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="51"/>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="85"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="53"/>
        <source>&lt;p&gt;&lt;b&gt;Holds medical information&lt;/b&gt;: the whole entry is withheld from exports unless the officer&apos;s consent covers the audience.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="58"/>
        <source>&lt;h4&gt;Decision&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="60"/>
        <source>&lt;p&gt;A decision to take no action.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="63"/>
        <source>&lt;h4&gt;Options considered&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="65"/>
        <source>&lt;h4&gt;Rationale&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="66"/>
        <source>&lt;p&gt;Decided by %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="70"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="74"/>
        <source>&lt;h4&gt;Medical detail&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Kept apart: withheld from exports unless the officer&apos;s consent covers the audience.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="83"/>
        <source>&lt;h4&gt;Amended on %1 by %2&lt;/h4&gt;&lt;p&gt;&lt;i&gt;Reason:&lt;/i&gt; %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="88"/>
        <source>&lt;p&gt;&lt;b&gt;The correction holds medical information.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="101"/>
        <source>Chronology and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="103"/>
        <source>Decisions only (the decision log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="107"/>
        <source>Amend entr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="109"/>
        <source>Correct the selected entry: the original stays, the correction is added with the date, your name and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="115"/>
        <source>The selected entry in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="117"/>
        <source>Select an entry to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="159"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="159"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="159"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="159"/>
        <source>Decision and rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="159"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="168"/>
        <source>%1 — because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="172"/>
        <source> [medical]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="173"/>
        <source> (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="223"/>
        <source>Chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="226"/>
        <source>The entry in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="249"/>
        <source>record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="249"/>
        <source>add chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ChronologyPane.cpp" line="299"/>
        <source>amend chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ClearFile</name>
    <message>
        <location filename="../../ui/support/ClearFile.cpp" line="21"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CloseDateDialog</name>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="33"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="35"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="46"/>
        <source>Close a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="48"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="55"/>
        <source>How the date was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="62"/>
        <source>Why the date is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="63"/>
        <source>For example: no appeal lodged; review held early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="66"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="68"/>
        <source>The date leaves Due &amp; overdue and stays on the case&apos;s Dates page as closed, with your name. It is in the audit log; Undo or Reopen puts it back. If the rule later gives another date (a new event, a local date), that date is listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="75"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="76"/>
        <source>&amp;Closed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="77"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="79"/>
        <source>Closed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="86"/>
        <source>Close &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DateClosures.cpp" line="158"/>
        <source>close a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CommandLine</name>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="13"/>
        <source>Casebook keeps performance and wellbeing cases in an encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="16"/>
        <source>Offer the store at &lt;path&gt; for unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="17"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="18"/>
        <source>Start with fictional demonstration cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="22"/>
        <source>Testing aid: save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="22"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="25"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="25"/>
        <source>Testing aid, with --demo: save a PNG of each main screen into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="43"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CreateStoreDialog</name>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="29"/>
        <source>Type a passphrase: several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="39"/>
        <source>Poor: about %1 bits. Too easy to guess for health and conduct records; add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="45"/>
        <source>Weak: about %1 bits. Accepted, but a longer passphrase is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="48"/>
        <source>Good: about %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="51"/>
        <source>Excellent: about %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="81"/>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="83"/>
        <source>Everything in a store is encrypted with this passphrase. Casebook cannot recover it: if it is lost, so are the records. Keep it where your force keeps such secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="91"/>
        <source>New store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="93"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="94"/>
        <source>Choose where to save the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="101"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="105"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="62"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="115"/>
        <source>Who is working: used for &quot;by&quot;, &quot;decided by&quot; and &quot;prepared by&quot; and in the audit log instead of the computer&apos;s user name (Tools › Your details changes them later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="127"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="128"/>
        <source>e.g. Jane Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="129"/>
        <source>Your rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="130"/>
        <source>e.g. PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="131"/>
        <source>Your collar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="137"/>
        <source>C&amp;reate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="144"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="147"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="150"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="154"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="155"/>
        <source>Ran&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="156"/>
        <source>C&amp;ollar number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="192"/>
        <source>Type your name too: the rank and collar number are used only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="198"/>
        <source>Your details could not be saved (%1). Clear them to create the store without them; Tools › Your details can set them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="217"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="217"/>
        <source>Casebook stores (*.cbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="228"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="233"/>
        <source>A file of that name exists already; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DateEdit</name>
    <message>
        <location filename="../../ui/support/DateEdit.cpp" line="37"/>
        <source>Type a date as %1. Up and Down change it by a day; Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/DateEdit.cpp" line="51"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/DateEdit.cpp" line="149"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DisclosureDialog</name>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="44"/>
        <source>Disclosure review, request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="47"/>
        <source>Items held about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="51"/>
        <source>The selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="57"/>
        <source>&amp;Disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="59"/>
        <source>&amp;Redact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="61"/>
        <source>&amp;Withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="69"/>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="124"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="72"/>
        <source>Words to redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="73"/>
        <source>Exactly as they appear in the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="74"/>
        <source>W&amp;ords to redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="78"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="79"/>
        <source>e.g. DPA 2018 Sch 2 para 16 (third party); kept in the store only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="80"/>
        <source>Re&amp;cord decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="84"/>
        <source>Re&amp;ason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="94"/>
        <source>Write &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="96"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="124"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="124"/>
        <source>May name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="124"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="126"/>
        <source>Could not collect the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="135"/>
        <source>disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="135"/>
        <source>UNDECIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="143"/>
        <source>%1 items about %2; %3 may name third parties, %4 of them undecided. The matcher finds the names of other people and contacts held in the store (or their surname); it cannot find nicknames, initials, misspellings or people identifiable from context, so read every item. Reasons and redacted words stay in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="190"/>
        <source>Third party?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="202"/>
        <source>Decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="204"/>
        <source>Redacted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="214"/>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="229"/>
        <source>Recorded: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="235"/>
        <source>Choose an empty folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="245"/>
        <source>%1 is not empty; choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="257"/>
        <source>The PDF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="285"/>
        <source>Could not write the package in %1; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="292"/>
        <source>The package could not be audited, so it was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/DisclosureDialog.cpp" line="295"/>
        <source>Wrote the package to %1: %2 disclosed, %3 redacted, %4 withheld, %5 attachment(s); PDF SHA-256 %6. It is NOT encrypted: deliver it securely and delete it when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DuePage</name>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="65"/>
        <source>Show dates as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="66"/>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="67"/>
        <source>How far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="68"/>
        <source>Overdue and next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="69"/>
        <source>Overdue and next 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="70"/>
        <source>Overdue and next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="76"/>
        <source>Due and overdue dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="80"/>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="90"/>
        <source>Why this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="93"/>
        <source>Select a date to see what it is counted from, the arithmetic, the rule and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="95"/>
        <source>Mar&amp;k date done or waived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="97"/>
        <source>Take the selected date off this list: done, not applicable or waived, with the reason. The case&apos;s Dates page keeps it and can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="117"/>
        <source>How sure: Verified = read in the regulations; Analogue = taken from a parallel instrument; Secondary = guidance; Local policy = your force. Open Tools › Rules and calendar for every rule and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="168"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="169"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="169"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="169"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="186"/>
        <source>Working out the dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="202"/>
        <source>Could not compute the dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="228"/>
        <source>Subject access request from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="230"/>
        <source> (local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/DuePage.cpp" line="251"/>
        <source>%1 overdue, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::EntryDialog</name>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="33"/>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="33"/>
        <source>Add to the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="39"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="41"/>
        <source>Record the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="44"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="53"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="62"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="65"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="67"/>
        <source>Holds &amp;medical information (withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="71"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="73"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="80"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="83"/>
        <source>Options considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="88"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="92"/>
        <source>Medical rationale (withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="96"/>
        <source>Without medical consent, exports keep this decision&apos;s title, the decision and its rationale when a medical rationale is given apart, and withhold the medical rationale, the options considered and the notes; with no medical rationale the whole decision is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="102"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="103"/>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="105"/>
        <source>&amp;Options considered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="106"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="108"/>
        <source>Medical r&amp;ationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="109"/>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="111"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="114"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="117"/>
        <source>Medical detail (only this is withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="118"/>
        <source>Diagnosis, treatment or other medical detail, kept apart from what happened: without the officer&apos;s consent an export shows the entry and says that its medical detail was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="121"/>
        <source>Kept apart: only this is withheld without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="124"/>
        <source>Medical deta&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="125"/>
        <source>The title or text hold &amp;medical information too (withhold the whole entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="126"/>
        <source>Without medical consent, exports withhold the whole entry, not only its medical detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::EraseDialog</name>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="69"/>
        <source>Anonymise for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="69"/>
        <source>Dispose of for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="69"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="72"/>
        <source>What to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="75"/>
        <source>Subject access request %1 and its file, about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="76"/>
        <source>Conduct referral %1 (the local copy), about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="81"/>
        <source>Case %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="83"/>
        <source>%1 and every case about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="94"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="95"/>
        <source>The ground and who authorised it (kept in the erasure register, not the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="97"/>
        <source>Retention period ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="100"/>
        <source>I understand that this cannot be undone (backups keep the records until they expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="104"/>
        <source>Disposal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="110"/>
        <source>&amp;Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="110"/>
        <source>&amp;Dispose of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="110"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="111"/>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="113"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="117"/>
        <source>Anonymise for &amp;good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="118"/>
        <source>Dispose of for &amp;good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="119"/>
        <source>Erase for &amp;good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="122"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="149"/>
        <source>Cannot tell what would go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="168"/>
        <source>Kept, anonymised: the person as &quot;Anonymised person %1&quot; and each case&apos;s types, status, RAG, dates and outcome, for the counts. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="171"/>
        <source>Kept, anonymised: the case&apos;s types, status, RAG, dates and outcome, for the counts. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="173"/>
        <source>%1 rows (%2); %3 attachment(s), %4 bytes; %5 search index entries. The audit log keeps a tombstone (ids and counts only) and a disposal certificate is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/EraseDialog.cpp" line="186"/>
        <source>Cannot be erased while held by: %1. Release the hold, or close the request, first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="54"/>
        <source>HR meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="55"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="56"/>
        <source>Federation or Unison representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="58"/>
        <source>Professional Standards (PSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="60"/>
        <source>The officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="67"/>
        <source>Meeting, attendees and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="69"/>
        <source>Person and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="71"/>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="73"/>
        <source>Current adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="75"/>
        <source>Procedures and their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="77"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="79"/>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="81"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPreview.cpp" line="38"/>
        <source>… and %1 more rows, all in the file (tick &quot;Every row&quot; to see them here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="95"/>
        <source>Case summary for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="105"/>
        <source>e.g. Stage 1 attendance meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="106"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="114"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="117"/>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="122"/>
        <source>Chronology to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="123"/>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="124"/>
        <source>Since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="125"/>
        <source>Key events only (meetings and decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="127"/>
        <source>All of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="130"/>
        <source>Chronology from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="154"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="155"/>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="156"/>
        <source>Web page (HTML, one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="159"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="160"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="161"/>
        <source>Meeting &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="162"/>
        <source>A&amp;ttendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="163"/>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="164"/>
        <source>Chro&amp;nology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="165"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="177"/>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="178"/>
        <source>&amp;Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="179"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="193"/>
        <source>Preview of the summary as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="197"/>
        <source>Every row in the preview (slower for long chronologies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="225"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="228"/>
        <source>Record the o&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="230"/>
        <source>After the meeting: its notes, actions agreed, decisions and next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="236"/>
        <source>The file is written unencrypted, outside Casebook; the export is recorded in the audit log with the file&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="334"/>
        <source>The meeting&apos;s outcome is recorded: the decision log, the action plans and the next review have it, and the next summary starts from this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="371"/>
        <source>The summary cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="380"/>
        <source>%1 (1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="381"/>
        <source>%1 (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="385"/>
        <source>Nothing is withheld for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="386"/>
        <source>&lt;b&gt;Withheld from %1&lt;/b&gt; (the officer&apos;s consent does not cover them): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="414"/>
        <source>Case summary %1 %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="415"/>
        <source>Export the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="416"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="430"/>
        <source>Gathering the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="441"/>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="469"/>
        <source>Written to %1 and recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="471"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ExportDialog.cpp" line="434"/>
        <location filename="../../ui/report/ExportDialog.cpp" line="474"/>
        <source>The summary could not be written (%1); no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportRunner</name>
    <message>
        <location filename="../../ui/report/ExportRunner.cpp" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::FormFields</name>
    <message>
        <location filename="../../ui/workspace/sections/FormFields.cpp" line="121"/>
        <source>&apos;%1&apos; is not a date (write dates as 2026-12-01, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::HandoverExportDialog</name>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="40"/>
        <source>Hand over cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="42"/>
        <source>Writes the chosen cases, their people and all their records into a new encrypted file with its own passphrase, signed by this store. Give your successor the file and, by another channel, the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="50"/>
        <source>Cases to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="60"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="67"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="73"/>
        <source>Package passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="78"/>
        <source>Repeat the package passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="82"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="86"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="93"/>
        <source>Package &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="96"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="98"/>
        <source>&amp;Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="104"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="110"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="161"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="167"/>
        <source>That file exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="168"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="175"/>
        <source>Save the handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="176"/>
        <source>Casebook stores (*.cbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="214"/>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="225"/>
        <source>Could not write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverExportDialog.cpp" line="229"/>
        <source>Package written: %1, %2.
Signer fingerprint: %3
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::HandoverImportDialog</name>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="32"/>
        <source>Package %1, number %2 from its store, written %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="36"/>
        <source>Signer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="37"/>
        <source>Source audit head: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="38"/>
        <source>%n case(s):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="44"/>
        <source>%n person(s), each added as a new person.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="55"/>
        <source>Import a handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="57"/>
        <source>Check the package first: the signer fingerprint should match the one your predecessor read to you. Its cases are then added to this store under new ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="63"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="72"/>
        <source>Package passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="74"/>
        <source>Pac&amp;kage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="77"/>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="78"/>
        <source>&amp;Check package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="82"/>
        <source>What the package holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="86"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="90"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="136"/>
        <source>Open a handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="137"/>
        <source>Casebook stores (*.cbk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/HandoverImportDialog.cpp" line="176"/>
        <source>The package was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::IdentityDialog</name>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="65"/>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="68"/>
        <source>Who is working: used for &quot;by&quot;, &quot;decided by&quot; and &quot;prepared by&quot; and in the audit log (from the next unlock), instead of the computer&apos;s user name. casebook-cli reads the same details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="74"/>
        <source>e.g. Jane Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="76"/>
        <source>e.g. PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="86"/>
        <source>The built-in handling line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="89"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="90"/>
        <source>&amp;Rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="91"/>
        <source>&amp;Collar number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="92"/>
        <source>&amp;Force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="93"/>
        <source>Default &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="94"/>
        <source>Default &amp;handling line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="134"/>
        <source>Type your name too: the rank and collar number are used only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/IdentityDialog.cpp" line="141"/>
        <source>Your details could not be saved (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LegalHoldsPage</name>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="49"/>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="51"/>
        <source>Tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="53"/>
        <source>Personal injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="55"/>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="57"/>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="59"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="61"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="79"/>
        <source>Hold covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="80"/>
        <source>A person and all their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="80"/>
        <source>One case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="80"/>
        <source>Everything in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="83"/>
        <source>Person or case held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="86"/>
        <source>Kind of hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="94"/>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="95"/>
        <source>Why it is held: a claim or matter number (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="98"/>
        <source>Placed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="99"/>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="103"/>
        <source>Hold &amp;covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="104"/>
        <source>&amp;Who or which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="105"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="106"/>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="111"/>
        <source>Placed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="118"/>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="121"/>
        <source>Show released &amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="127"/>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="128"/>
        <source>Released o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="130"/>
        <source>&amp;Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="179"/>
        <source>Case %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="192"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="197"/>
        <source>Could not list the holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="209"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="211"/>
        <source>%1 (person %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="213"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="216"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="261"/>
        <source>The hold was not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="267"/>
        <source>Placed legal hold %1. Nothing it covers can be erased or disposed of until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="283"/>
        <source>The hold was not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/LegalHoldsPage.cpp" line="287"/>
        <source>Released legal hold %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainMenus</name>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="22"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="23"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="24"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="26"/>
        <source>Hide every case and forget the key until the passphrase is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="27"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="30"/>
        <source>Close Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="39"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="40"/>
        <source>&amp;Add to chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="41"/>
        <source>Record a &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="42"/>
        <source>&amp;Due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="43"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="44"/>
        <source>C&amp;lose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="45"/>
        <source>Edit &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="46"/>
        <source>Write holistic &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="47"/>
        <source>Summary for a &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="48"/>
        <source>Caseload &amp;overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="49"/>
        <source>&amp;Calendar of dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="50"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="51"/>
        <source>&amp;Rules and calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="52"/>
        <source>&amp;Subject access requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="53"/>
        <source>Re&amp;tention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="54"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="55"/>
        <source>Recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="56"/>
        <source>Create, replace or remove the key that can set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="57"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="58"/>
        <source>Replace the store with a backup, keeping the one replaced beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="59"/>
        <source>Store and &amp;audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="60"/>
        <source>What the store is, a check of every page, a backup, and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="61"/>
        <source>Your &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="64"/>
        <source>Your name, rank, collar number and force, and the default marking and handling line of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="66"/>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="68"/>
        <source>Show the version and licence of Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="69"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="71"/>
        <source>Show the version of the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="72"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="73"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="89"/>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="98"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="103"/>
        <source>&amp;Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="111"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="117"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="131"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="134"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="149"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="151"/>
        <source>As the &amp;desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="152"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="153"/>
        <source>Dar&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="63"/>
        <location filename="../../ui/MainWindow.cpp" line="293"/>
        <location filename="../../ui/MainWindow.cpp" line="322"/>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="77"/>
        <source>Demonstration data: fictional people and cases, deleted when Casebook closes. Passphrase after locking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="116"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="125"/>
        <source>Locked because the computer was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="217"/>
        <source>Your details are saved; the audit log uses them from the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="238"/>
        <source>Handover package written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="248"/>
        <source>The handover package was imported; delete it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
        <source>That step could not be undone or redone, so the undo history was cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284"/>
        <source>Demonstration — Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>%1 — Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>Preparing the demonstration store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="152"/>
        <source>Create a store to start, or open one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Cymorth</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="287"/>
        <source>Unlocked. Ctrl+L locks; Casebook also locks after %n idle minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="299"/>
        <source>Check this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="349"/>
        <source>Locked. Type the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="430"/>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="430"/>
        <source>Casebook stores (*.cbk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MeetingOutcomeDialog</name>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="35"/>
        <source>Record the meeting&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="39"/>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="42"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="45"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="46"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="50"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="53"/>
        <source>Medical notes (only these are withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="54"/>
        <source>Kept apart: only these are withheld without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="58"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="59"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="60"/>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="61"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="62"/>
        <source>&amp;Medical notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="64"/>
        <source>Actions agreed (each becomes an objective of an action plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="68"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="69"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="74"/>
        <source>Add an a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="82"/>
        <source>Decisions (each goes into the decision log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="87"/>
        <source>Add a d&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="95"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="97"/>
        <source>A next meeting is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="100"/>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="105"/>
        <source>Ne&amp;xt meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="106"/>
        <source>The next meeting becomes the case&apos;s next review; the next summary starts from this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="152"/>
        <source>Action %1: what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="155"/>
        <source>Action %1: owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="156"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="158"/>
        <source>Action %1 has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="161"/>
        <source>Action %1: due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="183"/>
        <source>&lt;b&gt;Decision %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="184"/>
        <source>&lt;b&gt;On the agenda:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="190"/>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="192"/>
        <source>What was decided on it (leave empty when nothing was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="196"/>
        <source>Decision %1: rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="200"/>
        <source>Decision %1: medical rationale (withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="201"/>
        <source>Withheld from exports without consent; the decision itself is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="204"/>
        <source>Decision %1: decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="206"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="207"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="208"/>
        <source>Medical rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="209"/>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="313"/>
        <source>decision %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="313"/>
        <source>action %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/MeetingOutcomeDialog.cpp" line="317"/>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::Messages</name>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="36"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="37"/>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="38"/>
        <source>(%2) is before %1 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="39"/>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="40"/>
        <source>cannot be the person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="41"/>
        <source>must not contain a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="43"/>
        <source>must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="45"/>
        <source>is %1 bytes; attachments are limited to 25 MiB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="46"/>
        <source>must include at least one case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="47"/>
        <source>is required when the case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="48"/>
        <source>is only set on a closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="49"/>
        <source>is only recorded on a closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="50"/>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="51"/>
        <source>is required on a decision entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="53"/>
        <source>is only recorded on a decision entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="55"/>
        <source>goes in the medical rationale on a decision entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="57"/>
        <source>says what the entry already says; change the text or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="59"/>
        <source>only consent that was given can be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="61"/>
        <source>this consent was already withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="63"/>
        <source>a consent answer cannot move to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="64"/>
        <source>a record cannot move to another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="65"/>
        <source>a procedure record belongs to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="67"/>
        <source>event names are lower_snake_case rule-pack event names, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="68"/>
        <source>%1 has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="70"/>
        <source>pinning to version %1 rather than version %2, which the dates select, needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="72"/>
        <source>re-pinning needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="73"/>
        <source>say what barrier the adjustment removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="74"/>
        <source>a decision needs a recorded rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="75"/>
        <source>a decision needs a decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="77"/>
        <source>only an agreed adjustment can be implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="79"/>
        <source>decided or implemented before it was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="80"/>
        <location filename="../../ui/support/Messages.cpp" line="88"/>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="82"/>
        <source>a fit note ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="84"/>
        <source>a pay decision needs a rationale and who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="86"/>
        <source>an assault on duty (Operation Hampshire) is work-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="87"/>
        <source>overlaps the absence from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="90"/>
        <source>a review before the placement starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="91"/>
        <source>say why the officer is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="93"/>
        <source>an appointment or report before the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="94"/>
        <source>sharing needs the officer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="96"/>
        <source>a recommendation needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="98"/>
        <source>dates out of order (referral, report, appeal notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="100"/>
        <source>a meeting report follows a misconduct assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="102"/>
        <source>a PPA decision needs its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="103"/>
        <source>an action plan needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="105"/>
        <source>each objective needs its text and an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="107"/>
        <source>overriding a derived date needs a recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="109"/>
        <source>name the record and the rule whose date is overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="111"/>
        <source>closing a date needs a recorded reason (for example &quot;no appeal lodged&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="114"/>
        <source>name the record and the rule whose date is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="115"/>
        <source>say who closed the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="117"/>
        <source>the reason is too long; the limit is %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="119"/>
        <source>this date is already closed (reopen it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="121"/>
        <source>the %1 regime has no stage %2 (its stages: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="123"/>
        <source>a regime override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="125"/>
        <source>a pause is linked to a conduct referral and has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="127"/>
        <source>the improvement period chosen is a whole number of months from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="130"/>
        <source>the typed end %1 differs from the end the notice and %2 months give (%3): give the reason, or clear the typed end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="133"/>
        <source>the conduct referral is on another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="134"/>
        <source>a matter cannot link to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="135"/>
        <source>&apos;%1&apos; is not a loaded regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="137"/>
        <source>a counting policy needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="138"/>
        <source>must say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="139"/>
        <source>must name who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="140"/>
        <source>is before the meeting it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="142"/>
        <source>a redaction or a withheld item needs a reason (such as the exemption: DPA 2018 Sch 2 para 16, third party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="144"/>
        <source>a redaction needs the words to take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="146"/>
        <source>an attachment cannot be redacted here; disclose it or withhold it (and give a redacted copy by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="149"/>
        <source>the words to redact do not occur in this item; nothing was recorded (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="152"/>
        <source>%1 item(s) may name third parties and have no decision yet: %2. Disclose, redact or withhold each first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="155"/>
        <source>a subject access request cannot move to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="157"/>
        <source>%1 was asked for on %2, before the request was received (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="159"/>
        <source>%1 was received on %2, before it was asked for (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="161"/>
        <source>an extension needs both the date the requester was told and the reasons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="163"/>
        <source>an open request has no closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="165"/>
        <source>a closed request needs the date it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="167"/>
        <source>the request is closed before it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="169"/>
        <source>the extension is notified before the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="171"/>
        <source>a disposal needs a reason (the rule and who authorised it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="173"/>
        <source>an erasure needs a reason (the ground and who authorised it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="175"/>
        <source>this hold was already released on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="177"/>
        <source>a hold cannot be released before it was placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="179"/>
        <source>a local period needs a reason and 0 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="181"/>
        <source>a decision to retain needs a reason and a next review date after the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="183"/>
        <source>an override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="185"/>
        <source>this rule is a constraint and has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="186"/>
        <source>the amount must be from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="187"/>
        <source>%1 is not a date Casebook can read; type it as 4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="190"/>
        <source>%1 has no month %2; type the day first, as 4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="192"/>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="193"/>
        <source>this breaks the procedural rule %1; check the dates and steps recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="196"/>
        <source>this is under legal hold %1 (placed %2); release the hold first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="198"/>
        <source>this is the subject of an open subject access request; erasing or concealing it from the requester is an offence (DPA 2018 s.173). Close the request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="202"/>
        <source>absence %1 on case %2 ends (%3) before it starts (%4); correct its dates to see the pay dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="206"/>
        <source>absence %1 on case %2 (from %3) shares days with absence %4 on case %5 (from %6); one person&apos;s absences may not overlap, as sick pay counts them together. Correct one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="210"/>
        <source>absence %1 is pinned to %2 version %3, which the rules loaded here do not have; pin it to a version they have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="213"/>
        <source>the latest absence is pinned to a sick pay version the rules loaded here do not have; pin it to a version they have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="216"/>
        <source>the extension was notified on %1, after the last day for notice (%2); the one-month deadline stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="219"/>
        <source>request %1 is closed; its review can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="221"/>
        <source>the request is still open; close it before its file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="223"/>
        <source>the matter came to attention on %1, before %2; the earlier Performance Regulations apply, which Casebook does not model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="227"/>
        <source>the recovery key has a character that is not in it: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="229"/>
        <source>a recovery key has %1 characters (14 groups of 5); this has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="230"/>
        <source>group %1 of the recovery key has a typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="232"/>
        <source>the recovery key&apos;s last group does not match the rest (two typos, or the key of another store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="239"/>
        <source>the opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="240"/>
        <source>the date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="282"/>
        <source>is not accepted; check what was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="318"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="354"/>
        <source>That passphrase does not open this store. Check Caps Lock and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="359"/>
        <source>This store is damaged. Nothing was changed. Restore it from your latest backup (casebook-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="364"/>
        <source>This is a plain database, not an encrypted Casebook store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="366"/>
        <source>This file is not a Casebook store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="369"/>
        <source>This store was written by a newer Casebook. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="373"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="375"/>
        <source>What was asked for was not found; it may have been moved or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="378"/>
        <source>The computer refused to read or write a file. Check that the disk has space and that you may write to the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="383"/>
        <source>The store is in use by another program (the app or casebook-cli). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="387"/>
        <source>Something entered is not accepted, so nothing was changed. Check the details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="392"/>
        <source>That is not a real date. Check the day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="394"/>
        <source>That would break a procedural rule, so nothing was changed. Check the dates and steps recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="398"/>
        <source>A rule pack or calendar file is not valid, so it was not used. Ask whoever looks after your rules to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="403"/>
        <source>The store could not complete this, so nothing was changed. Try again; if it happens again, check the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="408"/>
        <source>Stopped before it finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/Messages.cpp" line="410"/>
        <source>Something went wrong, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::NewCaseDialog</name>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="41"/>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="45"/>
        <source>Who the case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="46"/>
        <source>Someone new (type their details below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="52"/>
        <source>Collar or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="53"/>
        <source>Rank or grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="54"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="55"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="57"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="59"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="60"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="62"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="63"/>
        <source>&amp;Rank or grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="64"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="65"/>
        <source>&amp;Line manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="67"/>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="68"/>
        <source>One line, e.g. &quot;Return to work after knee surgery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="81"/>
        <source>RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="85"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="89"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="92"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="94"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="96"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="98"/>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="100"/>
        <source>R&amp;AG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="101"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="102"/>
        <source>Op&amp;ened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="103"/>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="35"/>
        <source>New recovery key, shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="36"/>
        <source>The store now opens with the new passphrase only, and the recovery key just used no longer works. This is its replacement. Write it down now: Casebook keeps no copy and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="39"/>
        <source>Write this key down now: Casebook keeps no copy and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="47"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="66"/>
        <source>Give it on paper to the force&apos;s custodians (for example the line chief inspector and information management), and never keep it beside the laptop: anyone who holds the key and the store file can set a new passphrase. It holds no personal data. The letters I, L, O and U are not used; each group ends in a check character, so a mistyped group is found before the key is tried. Copies and backups made earlier keep the key they were made with. Casebook offers no copy button: the key belongs on paper, not on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="76"/>
        <source>I have &amp;written the key down and checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/NewRecoveryKeyDialog.cpp" line="79"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::PoliciesPage</name>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="38"/>
        <source>Where the sources disagree, the force chooses how Casebook counts. The default is what Casebook has always counted; a change needs a reason, is recorded in the audit log and applies at once to every date and figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="45"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="45"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="45"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="45"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="45"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="46"/>
        <source>Counting policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="51"/>
        <source>Value for the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="54"/>
        <source>Reason for the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="55"/>
        <source>Why the force counts this way (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="56"/>
        <source>Back to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="58"/>
        <source>Set for this &amp;force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="69"/>
        <source>Val&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/PoliciesPage.cpp" line="70"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordSection</name>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="99"/>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="204"/>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="103"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="103"/>
        <source>Edit the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="118"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="118"/>
        <source>Remove the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="128"/>
        <source>Details of the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="159"/>
        <source>These records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="222"/>
        <source>Edit the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="230"/>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="272"/>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecoverDialog</name>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="54"/>
        <source>Set a new passphrase with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="56"/>
        <source>Type the recovery key the force&apos;s custodians hold for %1, then choose a new passphrase. Each group is checked as it is typed; the key is tried only once every check passes. Afterwards the store opens with the new passphrase only, and the key is replaced by a new one, shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="60"/>
        <source>%1 has no recovery key, so its passphrase cannot be reset. Only the passphrase, or a backup with its own passphrase, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="69"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="80"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="81"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="88"/>
        <source>&amp;Set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="99"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="101"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="104"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="137"/>
        <source>Group %1 has a typo: check it against the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="139"/>
        <source>14 groups of five characters; hyphens and spaces may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="140"/>
        <source>%1 of 14 groups typed; each is right so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="144"/>
        <source>Every check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="146"/>
        <source>This is not the key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoverDialog.cpp" line="156"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecoveryFlow</name>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="28"/>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="118"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="29"/>
        <source>Casebook could not read the store&apos;s header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="119"/>
        <source>Create a recovery key for this store now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="121"/>
        <source>If the passphrase is ever lost, the key, kept on paper by the force&apos;s custodians, lets a new passphrase be set. Without it, a lost passphrase means nobody can open the store again. Not now: File › Recovery key… makes one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="124"/>
        <source>&amp;Create recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryFlow.cpp" line="126"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="21"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="22"/>
        <source>A recovery key lets someone who holds it set a new passphrase when the passphrase is lost. Without one, a lost passphrase means nobody can open this store again. Casebook shows a new key once, for the force&apos;s custodians to keep on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="54"/>
        <source>This store has a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="54"/>
        <source>This store has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="60"/>
        <source>Create recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="62"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="64"/>
        <source>A new key; the one the custodians hold stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="65"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="67"/>
        <source>No key at all: only the passphrase opens the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="95"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="98"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="118"/>
        <source>Current &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="136"/>
        <source>Casebook locks the store, makes a recovery key and opens the store again. The key is shown once: have paper and a pen ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="138"/>
        <source>Make the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="141"/>
        <source>Casebook locks the store, makes a new recovery key and opens the store again. The key the custodians hold stops working: ask them to destroy it. The new key is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="143"/>
        <source>Replace the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="146"/>
        <source>Casebook locks the store, removes its recovery key and opens the store again. Then only the passphrase opens it: if it is lost, so is the store. Ask the custodians to destroy the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RecoveryKeyDialog.cpp" line="149"/>
        <source>Remove the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportLayout</name>
    <message>
        <location filename="../../ui/report/ReportLayout.cpp" line="112"/>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RestoreDialog</name>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="46"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="47"/>
        <source>Casebook checks every page of the backup before it changes anything. If the check fails, or the passphrase is wrong, the store stays exactly as it is. After the restore the store opens with the backup&apos;s passphrase, and what was added since the backup was made is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="56"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="57"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="59"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="62"/>
        <source>Store to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="63"/>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="65"/>
        <location filename="../../ui/session/RestoreDialog.cpp" line="108"/>
        <source>Choose the store to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="68"/>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="76"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="83"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="84"/>
        <source>&amp;Store to replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="89"/>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="101"/>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="102"/>
        <location filename="../../ui/session/RestoreDialog.cpp" line="109"/>
        <source>Casebook stores (*.cbk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="151"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="154"/>
        <source>The backup and the store to replace are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="156"/>
        <source>%1 is a folder; name the store file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="163"/>
        <source>The store there now is kept beside it as %1, so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/RestoreDialog.cpp" line="166"/>
        <source>There is no store there yet: the backup becomes a new store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetentionDialog</name>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="57"/>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="61"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="64"/>
        <source>Also due within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="67"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="68"/>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="70"/>
        <source>and due &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="79"/>
        <source>Records due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="85"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="88"/>
        <source>Reason to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="89"/>
        <source>Why it is kept (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="90"/>
        <source>Review done: &amp;keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="92"/>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="100"/>
        <source>Anon&amp;ymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="102"/>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="234"/>
        <source>Keep the record for the counts without anything that names or describes the person, and destroy the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="104"/>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="124"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="128"/>
        <source>Review &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="129"/>
        <source>&amp;Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="130"/>
        <source>&amp;Service end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="131"/>
        <source>Per&amp;iods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="166"/>
        <source>The retention pack could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="173"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="174"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="174"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="174"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="183"/>
        <source>Could not compute the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="203"/>
        <source>%1 months (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="204"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="210"/>
        <source>%n record(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="232"/>
        <source>Held: release the hold or close the request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionDialog.cpp" line="260"/>
        <source>Recorded: %1 %2 kept until the review on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetentionRulesPage</name>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="46"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="50"/>
        <source>Local period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="52"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="55"/>
        <source>Reason for the local period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="56"/>
        <source>Why the force keeps it this long: the policy and who approved it (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="57"/>
        <source>Set local &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="65"/>
        <source>Keep &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="90"/>
        <source>Local reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="96"/>
        <source>The retention pack could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="102"/>
        <source>%1 months (shipped %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="103"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="147"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/RetentionRulesPage.cpp" line="152"/>
        <source>Rule %1 now keeps records %2 months (local).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RuleTableModel</name>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="24"/>
        <source>Verified in the instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="26"/>
        <source>Analogue (parallel instrument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="28"/>
        <source>Secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="30"/>
        <source>Local policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="49"/>
        <source>1 working day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="50"/>
        <source>%1 working days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="52"/>
        <source>1 day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="53"/>
        <source>%1 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="55"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="56"/>
        <source>%1 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="58"/>
        <source>a period of 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="59"/>
        <source>a period of %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="61"/>
        <source>1 month after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="62"/>
        <source>%1 months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="64"/>
        <source>1 month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="65"/>
        <source>%1 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="67"/>
        <source>at most 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="68"/>
        <source>at most %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="70"/>
        <source>1 day allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="71"/>
        <source>%1 days allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="73"/>
        <source>over 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="74"/>
        <source>over %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="76"/>
        <source>over 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="77"/>
        <source>over %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="79"/>
        <source>a condition, no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="133"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="134"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="144"/>
        <source>version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="145"/>
        <source>not in version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="148"/>
        <source>: 1 open procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="148"/>
        <source>: %1 open procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="166"/>
        <source>version %1 (%2): not in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="169"/>
        <source>version %1 (%2): %3 %4, %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="174"/>
        <source>; governs no open procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="176"/>
        <source>; governs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="262"/>
        <source>Changed locally from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="279"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="281"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="283"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="285"/>
        <source>Time limit or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="287"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="289"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="291"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="293"/>
        <source>Versions, dates and open procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="295"/>
        <source>Local change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RulesDialog</name>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="85"/>
        <source>Rules and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="89"/>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="91"/>
        <source>&amp;Versions and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="93"/>
        <source>Counting &amp;policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="94"/>
        <source>&amp;Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="101"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="110"/>
        <source>Some local changes no longer fit the rules shipped with this version and are not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="124"/>
        <source>Each time limit Casebook computes comes from one of these rules. &quot;How sure&quot; says whether it was read in the regulations themselves or taken from a parallel instrument, secondary material or local policy. A force may change an amount; the reason is recorded and the shipped value kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="131"/>
        <source>Rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="148"/>
        <source>New amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="153"/>
        <source>Reason for the local change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="154"/>
        <source>Why the force uses a different amount (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="155"/>
        <source>&amp;Change for this force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="157"/>
        <source>Restore &amp;shipped value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="162"/>
        <source>New &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="163"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="191"/>
        <source>UPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="191"/>
        <source>UAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="193"/>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="198"/>
        <source>Case %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="223"/>
        <source>Choose a rule to see where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3, %4&lt;br&gt;Source: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="278"/>
        <source>Working-day time limits skip weekends and these bank holidays (England and Wales). Years marked &quot;projected&quot; are not yet announced. Add a local holiday, or remove one that did not happen; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="286"/>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="291"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="291"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="291"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="292"/>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="297"/>
        <source>Holiday date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="300"/>
        <source>Holiday name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="303"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="304"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="306"/>
        <source>Remove selected &amp;holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="308"/>
        <source>&amp;Add local holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="313"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="319"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="320"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="321"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="350"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="350"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="350"/>
        <source>GOV.UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="382"/>
        <source>Choose a holiday in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SarDialog</name>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="58"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="60"/>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="62"/>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="64"/>
        <source>clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="76"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="84"/>
        <source>Subject access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="89"/>
        <source>Show &amp;closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="91"/>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="102"/>
        <source>Person the request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="108"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="111"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="112"/>
        <source>The force&apos;s reference; no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="113"/>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="114"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="142"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="115"/>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="118"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="120"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="120"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="121"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="121"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="122"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="125"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="130"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="134"/>
        <source>What was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="139"/>
        <source>Asked for on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="140"/>
        <source>rece&amp;ived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="144"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="146"/>
        <source>Adds what was asked for, or records that the awaited one of this kind arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="152"/>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="155"/>
        <source>E&amp;xtended; requester told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="157"/>
        <source>Extension notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="162"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="165"/>
        <source>Reasons for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="166"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="171"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="173"/>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="174"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="174"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="177"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="180"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="183"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="188"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="191"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="196"/>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="208"/>
        <source>&amp;Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="210"/>
        <source>Review and pac&amp;kage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="212"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="259"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="262"/>
        <source>The subject-access rule packs could not be loaded; dates cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="269"/>
        <source>Could not read the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="279"/>
        <source>Open (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="384"/>
        <source>%1 asked for %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="386"/>
        <source>%1 asked for %2, awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="388"/>
        <source>Nothing asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="405"/>
        <source> (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="408"/>
        <source>Clock started %1; %2 day(s) stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="412"/>
        <source>Paused since %1: something asked for has not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="426"/>
        <source>Choose the person the request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/SarDialog.cpp" line="447"/>
        <source>Saved request %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchResults</name>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="17"/>
        <source>What the search found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="72"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="76"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="80"/>
        <source>Chronology, medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="80"/>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/SearchResults.cpp" line="87"/>
        <source>&lt;p&gt;&lt;i&gt;%1 more: add a word to narrow the search.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ServiceEndPage</name>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="36"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="45"/>
        <source>Service has &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="49"/>
        <source>Service ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="52"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="53"/>
        <source>e.g. retired, resigned, transferred (no medical detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="54"/>
        <source>Sa&amp;ve service end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="61"/>
        <source>Retention periods counted from the end of service start on this date. Clearing it takes the person&apos;s records back off the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="66"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="67"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="69"/>
        <source>Ended &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="70"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="92"/>
        <source>No people in the store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="100"/>
        <source>Could not read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="104"/>
        <source>Service ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="107"/>
        <source>Still serving (no service end recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="129"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="135"/>
        <source>Saved: %1&apos;s service ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataprotection/ServiceEndPage.cpp" line="136"/>
        <source>Saved: no service end recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SessionController</name>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="106"/>
        <source>When the store was opened, Casebook found that %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="134"/>
        <source>This store&apos;s audit log ends at entry %1, but entry %2 was seen on this computer before. The file has been rolled back to an older copy (or restored from a backup), so changes made since that copy are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="138"/>
        <source>This store&apos;s audit log ends at entry %1, as it did before, but its last entry is a different one. The file has been replaced by another copy, so changes made in the copy used before are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="143"/>
        <source>If you did not restore a backup yourself: make no changes, keep this file and any other copies as they are, compare them with your backups, and tell your data protection officer. &apos;casebook-cli audit verify&apos; prints the log&apos;s head (%1) to compare with the one in your latest exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="160"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="201"/>
        <location filename="../../ui/session/SessionController.cpp" line="302"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="205"/>
        <source>Creating the store and tuning its key derivation (about a second)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="233"/>
        <source>Could not make a private folder for the demonstration store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="240"/>
        <source>Making fictional demonstration cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="278"/>
        <source>Re-encrypting every page under a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="278"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="308"/>
        <source>Checking the backup and restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="323"/>
        <source>Removing the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="323"/>
        <source>Making a recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="342"/>
        <source>Opening the store with the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="79"/>
        <source>The passphrase was changed, but the audit log could not record it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="92"/>
        <source>The backup %1 was not restored, and the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="101"/>
        <source>The backup was restored, but the store did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="108"/>
        <source>Restored from the backup %1. The store you had before is kept beside it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="113"/>
        <source>Restored from the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="118"/>
        <source>The backup was restored, but the audit log could not record it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="132"/>
        <source>The recovery key was not changed, and the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="156"/>
        <source>The recovery key was changed, but the store did not open again. Once it is open, make a new recovery key (File › Recovery key…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="165"/>
        <source>The recovery key was changed, but the audit log could not record it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="179"/>
        <source>The store was not recovered, and it is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="191"/>
        <source>The new passphrase is set, but the store did not open. Once it is open, make a new recovery key (File › Recovery key…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionJobs.cpp" line="198"/>
        <source>The store was recovered, but the audit log could not record it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::StoreCareDialog</name>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="42"/>
        <source>Store and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="55"/>
        <source>&amp;Verify every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="57"/>
        <source>Authenticates every page and log frame and both header copies, then runs SQLite&apos;s integrity check, as casebook-cli verify does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="59"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="61"/>
        <source>Writes an encrypted copy under its own key that opens with this store&apos;s passphrase; recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="63"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="68"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="96"/>
        <source>The &amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="97"/>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="121"/>
        <source>What the store is cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="125"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="136"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="137"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="138"/>
        <source>Casebook store format %1, schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="139"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="139"/>
        <source>%1, every page and log frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="140"/>
        <source>Key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="140"/>
        <source>%1: %2 of memory, passes: %3, lanes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="145"/>
        <source>Unlocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="145"/>
        <source>the passphrase or the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="146"/>
        <source>the passphrase (no recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="147"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="147"/>
        <source>%1 in %2 pages of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="151"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="151"/>
        <source>%1 entries; head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="159"/>
        <source>%1 backup %2.cbk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="161"/>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="168"/>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="161"/>
        <source>Casebook stores (*.cbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="168"/>
        <source>This store&apos;s passphrase (the backup opens with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="182"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="193"/>
        <source>The backup was stopped; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="194"/>
        <source>No backup was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="196"/>
        <source>Backed up to %1. It opens with this store&apos;s passphrase, under a key of its own, and the audit log records it. Keep it somewhere as safe as the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="204"/>
        <source>Checking every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="212"/>
        <source>The check was stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="213"/>
        <source>The store could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store/StoreCareDialog.cpp" line="216"/>
        <source>No problem found: %1 pages, %2 log frames and %3 header copies authenticated, and SQLite&apos;s integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/store/StoreCareDialog.cpp" line="226"/>
        <source>%n problem(s) found. Keep a copy of the store as it is, restore your latest backup and tell your information security team:
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::UnlockPage</name>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="22"/>
        <source>Unlock a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="30"/>
        <source>Casebook icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="32"/>
        <location filename="../../ui/session/UnlockPage.cpp" line="153"/>
        <source>Casebook is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="49"/>
        <source>Store to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="55"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="59"/>
        <source>For&amp;got the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="62"/>
        <source>Set a new passphrase with the store&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="64"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="71"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="81"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="87"/>
        <source>&amp;Open another store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="89"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="91"/>
        <source>Create a &amp;new store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="95"/>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="96"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="151"/>
        <source>There is no store yet. Create one (it is encrypted with a passphrase you choose), or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="153"/>
        <source>Welcome to Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="200"/>
        <source>Type the store&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::VersionsPage</name>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="78"/>
        <source>Conduct referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="81"/>
        <source>Ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="84"/>
        <source>Injury award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="87"/>
        <source>Limited duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="90"/>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="92"/>
        <source>UPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="100"/>
        <source>A rule pack may have several versions in time; a procedure of every kind is pinned to the version its dates select when it is recorded, so a new version never moves its dates. Re-pin a procedure to move it to another version: the reason is recorded and the dates that move are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="108"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="108"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="108"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="108"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="108"/>
        <source>Governs matters by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="109"/>
        <source>Transitional rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="109"/>
        <source>Open procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="110"/>
        <source>Rule pack versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="115"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="115"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="115"/>
        <source>Came to attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="115"/>
        <source>Pinned version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="115"/>
        <source>Dates select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="117"/>
        <source>Open procedures this version governs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="120"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="124"/>
        <source>Version to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="127"/>
        <source>Reason for re-pinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="128"/>
        <source>Why this procedure moves to another version (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="129"/>
        <source>Re-p&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="147"/>
        <source>Re-pin &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="148"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="197"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="259"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="199"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="209"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="235"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="251"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="239"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="239"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="242"/>
        <source>%1 (UPP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="244"/>
        <source>regime not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="258"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="293"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="307"/>
        <source>The version its dates select (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="298"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="310"/>
        <source>Version %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="328"/>
        <source>Choose a version, then a procedure it governs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="339"/>
        <source>Re-pinning moves %1 version %2 → %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="341"/>
        <source>no date moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="345"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="346"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="378"/>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="379"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="369"/>
        <source>Re-pinned %1 %2 to %3 version %4 (was %5). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="375"/>
        <source>No date moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/VersionsPage.cpp" line="375"/>
        <source>Dates moved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::WorkspaceWidget</name>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="51"/>
        <source>Case&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="53"/>
        <source>&amp;Due &amp;&amp; overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="86"/>
        <source>Could not compute the dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="220"/>
        <source>open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/report/PdfExport.cpp" line="177"/>
        <source>Caseload at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sections/RecordSection.h" line="338"/>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
