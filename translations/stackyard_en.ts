<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>stackyard::HealthPanel</name>
    <message numerus="yes">
        <source>This inventory has %n host(s); they will be polled every %1 seconds (see Preferences).</source>
        <translation>
            <numerusform>This inventory has %n host; it will be polled every %1 seconds (see Preferences).</numerusform><numerusform>This inventory has %n hosts; they will be polled every %1 seconds (see Preferences).</numerusform></translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryPanel</name>
    <message numerus="yes">
        <source>%1 — %n group(s)</source>
        <translation>
            <numerusform>%1 — %n group</numerusform><numerusform>%1 — %n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform><numerusform>%n hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform><numerusform>%n hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>stackyardctl</name>
    <message numerus="yes">
        <source>stackyardctl inventory list: expected one FILE, got %n</source>
        <translation>
            <numerusform>stackyardctl inventory list: expected one FILE, got %n</numerusform><numerusform>stackyardctl inventory list: expected one FILE, got %n</numerusform></translation>
    </message>
</context>
</TS>
