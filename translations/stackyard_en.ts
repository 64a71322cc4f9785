<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HttpProbe</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>(%n bytes, holds secrets: not shown)</source>
        <translation>
            <numerusform>(%n byte, holds secrets: not shown)</numerusform>
            <numerusform>(%n bytes, holds secrets: not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message numerus="yes">
        <source>WAL archiving failed %n time(s) since the last poll (last failed: %1)</source>
        <translation>
            <numerusform>WAL archiving failed %n time since the last poll (last failed: %1)</numerusform>
            <numerusform>WAL archiving failed %n times since the last poll (last failed: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::HealthPanel</name>
    <message numerus="yes">
        <source>Alerts: %n active</source>
        <translation>
            <numerusform>Alerts: %n active</numerusform>
            <numerusform>Alerts: %n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s), polled every %1 s</source>
        <translation>
            <numerusform>%n target, polled every %1 s</numerusform>
            <numerusform>%n targets, polled every %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::HostCheckModel</name>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) here</source>
        <translation>
            <numerusform>%n finding here</numerusform>
            <numerusform>%n findings here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::LogsPanel</name>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Exported %n line to %1.</numerusform>
            <numerusform>Exported %n lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>Copied %n line.</numerusform>
            <numerusform>Copied %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n line(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n line to %1…</numerusform>
            <numerusform>Exporting %n lines to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::MainWindow</name>
    <message numerus="yes">
        <source>Moved %n password(s) to the keychain</source>
        <translation>
            <numerusform>Moved %n password to the keychain</numerusform>
            <numerusform>Moved %n passwords to the keychain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::MoveSecretsDialog</name>
    <message numerus="yes">
        <source>%n password(s) selected. Double-click a keychain name to change it.</source>
        <translation>
            <numerusform>%n password selected. Double-click a keychain name to change it.</numerusform>
            <numerusform>%n passwords selected. Double-click a keychain name to change it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n password(s) to the keychain</source>
        <translation>
            <numerusform>Move %n password to the keychain</numerusform>
            <numerusform>Move %n passwords to the keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n password(s) to the keychain. The inventory now refers to them; save it to keep the change.</source>
        <translation>
            <numerusform>Moved %n password to the keychain. The inventory now refers to it; save it to keep the change.</numerusform>
            <numerusform>Moved %n passwords to the keychain. The inventory now refers to them; save it to keep the change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::PgClusterForm</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n database</numerusform>
            <numerusform>%n databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::PlanTreeModel</name>
    <message numerus="yes">
        <source>(%n bytes, holds secrets: not shown)</source>
        <translation>
            <numerusform>(%n byte, holds secrets: not shown)</numerusform>
            <numerusform>(%n bytes, holds secrets: not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::ProvisionPanel</name>
    <message numerus="yes">
        <source>%1: %n step(s) on %2. Nothing has been changed yet: Apply runs them.</source>
        <translation>
            <numerusform>%1: %n step on %2. Nothing has been changed yet: Apply runs it.</numerusform>
            <numerusform>%1: %n steps on %2. Nothing has been changed yet: Apply runs them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply &quot;%1&quot; on %2?

Each of the %n step(s) first checks whether its state is already so and changes only what differs.</source>
        <translation>
            <numerusform>Apply &quot;%1&quot; on %2?

The step first checks whether its state is already so and changes only what differs.</numerusform>
            <numerusform>Apply &quot;%1&quot; on %2?

Each of the %n steps first checks whether its state is already so and changes only what differs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::RunsView</name>
    <message numerus="yes">
        <source>%n run(s) recorded.</source>
        <translation>
            <numerusform>%n run recorded.</numerusform>
            <numerusform>%n runs recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyard::TestAllHostsDialog</name>
    <message numerus="yes">
        <source>Connects to every host of the inventory, at most %n at a time, and reports what it finds. Nothing is changed on the hosts.</source>
        <translation>
            <numerusform>Connects to every host of the inventory, at most %n at a time, and reports what it finds. Nothing is changed on the hosts.</numerusform>
            <numerusform>Connects to every host of the inventory, at most %n at a time, and reports what it finds. Nothing is changed on the hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n host(s)</source>
        <translation>
            <numerusform>Checked %1 of %n host</numerusform>
            <numerusform>Checked %1 of %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stackyardctl</name>
    <message numerus="yes">
        <source>stackyardctl inventory list: expected one FILE, got %n</source>
        <translation>
            <numerusform>stackyardctl inventory list: expected one FILE, got %n</numerusform>
            <numerusform>stackyardctl inventory list: expected one FILE, got %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stackyardctl inventory check: expected one FILE, got %n</source>
        <translation>
            <numerusform>stackyardctl inventory check: expected one FILE, got %n</numerusform>
            <numerusform>stackyardctl inventory check: expected one FILE, got %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bytes</source>
        <translation>
            <numerusform>%1: %n byte</numerusform>
            <numerusform>%1: %n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
