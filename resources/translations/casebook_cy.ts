<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>casebook::ui</name>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="24"/>
        <source>That passphrase does not open this store. Check Caps Lock and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="27"/>
        <source>This store is damaged. Nothing was changed. Restore it from your latest backup (casebook-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="30"/>
        <source>This is a plain database, not an encrypted Casebook store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="32"/>
        <source>This file is not a Casebook store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="35"/>
        <source>This store was written by a newer Casebook. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="37"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="39"/>
        <source>The store was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ErrorMessages.cpp" line="41"/>
        <source>The computer refused to read or write a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="24"/>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="26"/>
        <source>UPP (performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="28"/>
        <source>UAP (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="30"/>
        <source>Sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="32"/>
        <source>Limited duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="34"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="36"/>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="38"/>
        <source>Ill-health retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="40"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="42"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="51"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="53"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="55"/>
        <location filename="../../ui/workspace/Labels.cpp" line="102"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="57"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="66"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="68"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="70"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="79"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="81"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="83"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="85"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="87"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="96"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="98"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="100"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="111"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="113"/>
        <source>Analogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="115"/>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/Labels.cpp" line="117"/>
        <source>Local policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="22"/>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="28"/>
        <source>Casebook icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>&lt;h2&gt;Casebook %1&lt;/h2&gt;&lt;p&gt;An offline, encrypted case book for performance and wellbeing cases.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="47"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseloadModel</name>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="154"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="181"/>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="197"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="199"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="201"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="205"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="207"/>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="209"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CaseloadModel.cpp" line="211"/>
        <source>Opened</source>
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
        <location filename="../../ui/support/CommandLine.cpp" line="20"/>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="21"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="24"/>
        <source>With --demo: save a PNG of each main screen into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/support/CommandLine.cpp" line="24"/>
        <source>dir</source>
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
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="25"/>
        <source>Type a passphrase: several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="35"/>
        <source>Poor: about %1 bits. Too easy to guess for health and conduct records; add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="41"/>
        <source>Weak: about %1 bits. Accepted, but a longer passphrase is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="44"/>
        <source>Good: about %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="47"/>
        <source>Excellent: about %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="56"/>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="58"/>
        <source>Everything in a store is encrypted with this passphrase. Casebook cannot recover it: if it is lost, so are the records. Keep it where your force keeps such secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="66"/>
        <source>New store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="68"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="69"/>
        <source>Choose where to save the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="76"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="80"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="87"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="97"/>
        <source>C&amp;reate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="104"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="105"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="108"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="145"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="145"/>
        <source>Casebook stores (*.cbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="158"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/CreateStoreDialog.cpp" line="163"/>
        <source>A file of that name exists already; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::EntryDialog</name>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="26"/>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="26"/>
        <source>Add to the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="35"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="46"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="48"/>
        <source>Holds &amp;medical information (withheld from exports without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="52"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="54"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="56"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="61"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="64"/>
        <source>Options considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="69"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="73"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="74"/>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="76"/>
        <source>&amp;Options considered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="77"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="79"/>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="81"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/EntryDialog.cpp" line="84"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="56"/>
        <location filename="../../ui/MainWindow.cpp" line="304"/>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Demonstration data: fictional people and cases, deleted when Casebook closes. Passphrase after locking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="103"/>
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
        <location filename="../../ui/MainWindow.cpp" line="109"/>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="110"/>
        <source>That step could not be undone or redone, so the undo history was cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>Preparing the demonstration store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="141"/>
        <source>Create a store to start, or open one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <source>Hide every case and forget the key until the passphrase is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>Close Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="187"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Add to chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Record a &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Rules and calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="220"/>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="222"/>
        <source>Show the version and licence of Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="226"/>
        <source>Show the version of the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="259"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <source>Casebook — demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="292"/>
        <source>Casebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="294"/>
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
        <location filename="../../ui/MainWindow.cpp" line="331"/>
        <source>Locked. Type the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="434"/>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="434"/>
        <source>Casebook stores (*.cbk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::NewCaseDialog</name>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="38"/>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="42"/>
        <source>Who the case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="43"/>
        <source>Someone new (type their details below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="49"/>
        <source>Collar or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="50"/>
        <source>Rank or grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="51"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="52"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="54"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="56"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="57"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="59"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="60"/>
        <source>&amp;Rank or grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="61"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="62"/>
        <source>&amp;Line manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="64"/>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="65"/>
        <source>One line, e.g. &quot;Return to work after knee surgery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="78"/>
        <source>RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="82"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="86"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="91"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="95"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="97"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="99"/>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="101"/>
        <source>R&amp;AG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="102"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="103"/>
        <source>Op&amp;ened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/NewCaseDialog.cpp" line="104"/>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RuleTableModel</name>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="22"/>
        <source>Verified in the instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="24"/>
        <source>Analogue (parallel instrument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="26"/>
        <source>Secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="28"/>
        <source>Local policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="47"/>
        <source>1 working day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="48"/>
        <source>%1 working days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="50"/>
        <source>1 day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="51"/>
        <source>%1 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="53"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="54"/>
        <source>%1 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="56"/>
        <source>a period of 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="57"/>
        <source>a period of %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="59"/>
        <source>1 month after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="60"/>
        <source>%1 months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="62"/>
        <source>1 month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="63"/>
        <source>%1 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="65"/>
        <source>at most 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="66"/>
        <source>at most %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="68"/>
        <source>1 day allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="69"/>
        <source>%1 days allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="71"/>
        <source>over 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="72"/>
        <source>over %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="74"/>
        <source>over 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="75"/>
        <source>over %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="77"/>
        <source>a condition, no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="166"/>
        <source>Changed locally from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="183"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="185"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="187"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="189"/>
        <source>Time limit or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="191"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="193"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="195"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RuleTableModel.cpp" line="197"/>
        <source>Local change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RulesDialog</name>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="90"/>
        <source>Rules and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="94"/>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="95"/>
        <source>&amp;Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="98"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="107"/>
        <source>Some local changes no longer fit the rules shipped with this version and are not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="121"/>
        <source>Each time limit Casebook computes comes from one of these rules. &quot;How sure&quot; says whether it was read in the regulations themselves or taken from a parallel instrument, secondary material or local policy. A force may change an amount; the reason is recorded and the shipped value kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="128"/>
        <source>Rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="144"/>
        <source>New amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="149"/>
        <source>Reason for the local change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="150"/>
        <source>Why the force uses a different amount (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="151"/>
        <source>&amp;Change for this force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="153"/>
        <source>Restore &amp;shipped value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="158"/>
        <source>New &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="159"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="197"/>
        <source>Choose a rule to see where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="201"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3, %4&lt;br&gt;Source: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="249"/>
        <source>Working-day time limits skip weekends and these bank holidays (England and Wales). Years marked &quot;projected&quot; are not yet announced. Add a local holiday, or remove one that did not happen; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="257"/>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="262"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="262"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="262"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="263"/>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="268"/>
        <source>Holiday date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="273"/>
        <source>Holiday name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="276"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="277"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="278"/>
        <source>&amp;Add local holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="280"/>
        <source>Remove &amp;selected holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="285"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="291"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="292"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="293"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="322"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="322"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="322"/>
        <source>GOV.UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rulebook/RulesDialog.cpp" line="350"/>
        <source>Choose a holiday in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SessionController</name>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="106"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="130"/>
        <source>Creating the store and tuning its key derivation (about a second)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="157"/>
        <source>Could not make a private folder for the demonstration store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/SessionController.cpp" line="164"/>
        <source>Making fictional demonstration cases…</source>
        <translation type="unfinished"></translation>
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
        <source>Casebook is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="48"/>
        <source>Store to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="54"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="58"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="65"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="75"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="81"/>
        <source>&amp;Open another store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="83"/>
        <source>&amp;Create a new store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="87"/>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="88"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/UnlockPage.cpp" line="176"/>
        <source>Type the store&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::WorkspaceWidget</name>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="87"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="88"/>
        <source>&amp;Due &amp;&amp; overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="112"/>
        <source>Search people, cases and chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="113"/>
        <source>Search names, cases, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="121"/>
        <source>Show cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="122"/>
        <source>Active cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="123"/>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="124"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="125"/>
        <source>Show cases by RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="126"/>
        <source>Any RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="130"/>
        <source>Show cases by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="131"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="135"/>
        <source>Show cases by their next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="136"/>
        <source>Any next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="137"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="138"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="139"/>
        <source>Due within 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="144"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="150"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="152"/>
        <source>Open a case for someone new or already here (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="207"/>
        <source>Choose a case on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="213"/>
        <source>&amp;Add to chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="215"/>
        <source>Record a d&amp;ecision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="224"/>
        <source>Dates of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="226"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="230"/>
        <source>Chronology and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="232"/>
        <source>Decisions only (the decision log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="239"/>
        <source>Chronology &amp;&amp; decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="247"/>
        <source>Holistic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="268"/>
        <source>Show dates as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="271"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="272"/>
        <source>How far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="273"/>
        <source>Overdue and next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="274"/>
        <source>Overdue and next 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="275"/>
        <source>Overdue and next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="280"/>
        <source>Due and overdue dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="284"/>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="295"/>
        <source>How sure: Verified = read in the regulations; Analogue = taken from a parallel instrument; Secondary = guidance; Local policy = your force. Open Tools › Rules and calendar for every rule and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="324"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="530"/>
        <source>Could not compute the dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="327"/>
        <source>Could not read the caseload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="330"/>
        <source>No cases yet. Open the first with New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="363"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="382"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="383"/>
        <source>%n case(s) match &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="428"/>
        <source>This case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="440"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3 · %4 · %5&lt;/p&gt;&lt;p&gt;%6 · Status: &lt;b&gt;%7&lt;/b&gt; · RAG: &lt;b&gt;%8&lt;/b&gt; · Owner: %9&lt;/p&gt;&lt;p&gt;Opened %10%11&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="445"/>
        <source> · next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="448"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="448"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="448"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="448"/>
        <source>Decision and rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="448"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="457"/>
        <source>%1 — because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="459"/>
        <source> [medical]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="470"/>
        <source>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;, %2, by %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="473"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="474"/>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="475"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="476"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="477"/>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="478"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="479"/>
        <source>Occupational health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="480"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="481"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="489"/>
        <source>No holistic review has been written for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="516"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="516"/>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="493"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="516"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="500"/>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="549"/>
        <source> (local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="515"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="563"/>
        <source>%1 overdue, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="582"/>
        <source>record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="582"/>
        <source>add chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/WorkspaceWidget.cpp" line="628"/>
        <source>open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
