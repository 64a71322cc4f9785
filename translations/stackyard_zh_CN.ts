<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EffectiveVariables</name>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>all.vars</source>
        <translation>all.vars</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>There is no host '%1' in the inventory</source>
        <translation>清单中没有主机 '%1'</translation>
    </message>
    <message>
        <source>Host keys are listed under the groups' 'hosts:'.</source>
        <translation>主机键列在各分组的 'hosts:' 之下。</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>InventoryLoader</name>
    <message>
        <source>Cannot read the inventory file</source>
        <translation>无法读取清单文件</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请确认文件存在，并且你有读取权限。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the sample inventory</source>
        <translation>无法为示例清单创建文件夹</translation>
    </message>
    <message>
        <source>Check the permissions of the folder.</source>
        <translation>请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>The sample inventory is missing from this build</source>
        <translation>此版本中缺少示例清单</translation>
    </message>
    <message>
        <source>Cannot write the sample inventory</source>
        <translation>无法写入示例清单</translation>
    </message>
    <message>
        <source>Check the free space and permissions.</source>
        <translation>请检查剩余空间和权限。</translation>
    </message>
</context>
<context>
    <name>InventoryOverview</name>
    <message>
        <source>The file is not valid YAML</source>
        <translation>该文件不是有效的 YAML</translation>
    </message>
    <message>
        <source>Fix the YAML syntax at the position shown, then open the file again.</source>
        <translation>请修正所示位置的 YAML 语法，然后重新打开文件。</translation>
    </message>
    <message>
        <source>This is not an Ansible inventory: there is no top-level 'all' mapping</source>
        <translation>这不是 Ansible 清单：缺少顶层的 'all' 映射</translation>
    </message>
    <message>
        <source>A Pigsty inventory starts with 'all:' holding 'children:' and 'vars:'.</source>
        <translation>Pigsty 清单以 'all:' 开头，其下包含 'children:' 和 'vars:'。</translation>
    </message>
    <message>
        <source>'all.children' must be a mapping of group names to groups</source>
        <translation>'all.children' 必须是从分组名到分组的映射</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>MinIO</source>
        <translation>MinIO</translation>
    </message>
    <message>
        <source>etcd</source>
        <translation>etcd</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Database name '%1' cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema name '%1' cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension name '%1' cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role name '%1' cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner name '%1' cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster name '%1' cannot be used safely in a shell command, a file name or a service name: use 1 to 63 letters, digits, '_', '.', '-' or '@', starting with a letter or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inventory has no top-level 'all' mapping: an Ansible inventory starts with 'all:' and its 'children' groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'all.vars' must be a mapping of variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'all' has no 'children' mapping: define the groups (clusters) under all.children.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'all.children' must be a mapping of groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'all.vars' has no admin_ip: Pigsty needs the IPv4 address of the admin node there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin_ip '%1' is not an IPv4 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group '%1' is empty: every group needs a non-empty 'hosts' mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group '%1' must be a mapping with 'hosts' and optional 'vars'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group '%1' has no 'hosts': every group needs a non-empty 'hosts' mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group '%1' has an empty 'hosts' mapping: list at least one host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 'hosts' of group '%1' must be a mapping of host addresses to host variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 'vars' of group '%1' must be a mapping.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackyard — a desktop console for self-hosted AI application stacks.</source>
        <translation>Stackyard —— 自托管 AI 应用栈的桌面管理控制台。</translation>
    </message>
    <message>
        <source>A Pigsty-compatible YAML inventory to open.</source>
        <translation>要打开的 Pigsty 兼容 YAML 清单。</translation>
    </message>
    <message>
        <source>stackyard: give at most one inventory file</source>
        <translation>stackyard：最多只能指定一个清单文件</translation>
    </message>
</context>
<context>
    <name>stackyard::BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups you have seen restore</source>
        <translation>亲眼见证可恢复的备份</translation>
    </message>
    <message>
        <source>Backup plans per cluster and app that run on the hosts on schedule, even with the console closed; a catalog of every backup; verification; and a guided restore that takes a safety copy first and proves the result.</source>
        <translation>为每个集群和应用制定备份计划，按计划在主机上运行，即使控制台已关闭；所有备份一目录尽览；可校验备份；引导式恢复会先做一份安全副本，并证明恢复结果。</translation>
    </message>
    <message>
        <source>Backup plans will be offered for the %1 PostgreSQL, %2 Redis and %3 app cluster(s) of this inventory.</source>
        <translation>将为此清单中的 %1 个 PostgreSQL 集群、%2 个 Redis 集群和 %3 个应用集群提供备份计划。</translation>
    </message>
</context>
<context>
    <name>stackyard::HealthPanel</name>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Every instance, app and host at a glance</source>
        <translation>所有实例、应用与主机，一目了然</translation>
    </message>
    <message>
        <source>Green, amber or red for each PostgreSQL and Redis instance, app endpoint and host, with live charts of transactions, connections, replication lag, Redis operations and memory, CPU, disk and HTTP latency, and alerts when something crosses a threshold.</source>
        <translation>每个 PostgreSQL 与 Redis 实例、应用端点和主机都以绿、黄、红标示状态，并提供事务、连接数、复制延迟、Redis 操作数与内存、CPU、磁盘和 HTTP 延迟的实时图表，超过阈值时发出告警。</translation>
    </message>
    <message numerus="yes">
        <source>This inventory has %n host(s); they will be polled every %1 seconds (see Preferences).</source>
        <translation>
            <numerusform>此清单有 %n 台主机；将每 %1 秒轮询一次（见首选项）。</numerusform></translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryDocument</name>
    <message>
        <source>The inventory has a YAML error; fix it in the YAML view first</source>
        <translation>清单有 YAML 错误；请先在 YAML 视图中修正</translation>
    </message>
    <message>
        <source>The edit does not fit the current text</source>
        <translation>此修改与当前文本不匹配</translation>
    </message>
    <message>
        <source>The change would make the inventory invalid, so it was not made</source>
        <translation>此修改会使清单无效，因此未执行</translation>
    </message>
    <message>
        <source>Cannot save the inventory</source>
        <translation>无法保存清单</translation>
    </message>
    <message>
        <source>Check the free space and that you may write to the folder; the file on disk is unchanged.</source>
        <translation>请检查剩余空间以及你是否有该文件夹的写入权限；磁盘上的文件未被改动。</translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryPanel</name>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>打开清单</translation>
    </message>
    <message>
        <source>Stackyard works from a Pigsty-compatible Ansible inventory (pigsty.yml): clusters, hosts, users, databases and apps. Open yours, or start from the sample inventory whose only host is this machine.</source>
        <translation>Stackyard 以 Pigsty 兼容的 Ansible 清单（pigsty.yml）为工作基础：集群、主机、用户、数据库和应用。打开你自己的清单，或从唯一主机即本机的示例清单开始。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n group(s)</source>
        <translation>
            <numerusform>%1 —— %n 个分组</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform></translation>
    </message>
    <message>
        <source>%1 local, %2 over SSH</source>
        <translation>%1 台本地，%2 台通过 SSH</translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform></translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>SSH to %1</source>
        <translation>经 SSH 连接 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>stackyard::LogsPanel</name>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Follow the logs of every host live</source>
        <translation>实时跟踪每台主机的日志</translation>
    </message>
    <message>
        <source>Follow PostgreSQL, Redis, nginx, app and journal logs of any host as they are written, filter by text, regular expression and level, merge several sources by time, and export what you found.</source>
        <translation>实时跟踪任意主机上的 PostgreSQL、Redis、nginx、应用和 journal 日志，按文本、正则表达式和级别过滤，按时间合并多个来源，并导出你找到的内容。</translation>
    </message>
    <message>
        <source>Log sources will be offered for the %1 PostgreSQL and %2 Redis cluster(s) of this inventory.</source>
        <translation>将为此清单中的 %1 个 PostgreSQL 集群和 %2 个 Redis 集群提供日志来源。</translation>
    </message>
</context>
<context>
    <name>stackyard::MainWindow</name>
    <message>
        <source>About Stackyard</source>
        <translation>关于 Stackyard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackyard %1&lt;/h3&gt;&lt;p&gt;A desktop console for self-hosted AI application stacks: PostgreSQL, Redis and compose apps on your own Linux servers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackyard %1&lt;/h3&gt;&lt;p&gt;自托管 AI 应用栈的桌面管理控制台：管理你自己 Linux 服务器上的 PostgreSQL、Redis 和 compose 应用。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Inventory…</source>
        <translation>打开清单(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Inventory…</source>
        <translation>打开清单…</translation>
    </message>
    <message>
        <source>Open a Pigsty-compatible YAML inventory</source>
        <translation>打开 Pigsty 兼容的 YAML 清单</translation>
    </message>
    <message>
        <source>Open &amp;Sample Inventory</source>
        <translation>打开示例清单(&amp;S)</translation>
    </message>
    <message>
        <source>Open Sample Inventory</source>
        <translation>打开示例清单</translation>
    </message>
    <message>
        <source>Open an inventory whose only host is this machine</source>
        <translation>打开唯一主机即本机的清单</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Inventory</source>
        <translation>关闭清单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Show Inventory</source>
        <translation>显示清单</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Stackyard</source>
        <translation>关于 Stackyard(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>打开清单</translation>
    </message>
    <message>
        <source>YAML inventories (*.yml *.yaml);;All files (*)</source>
        <translation>YAML 清单 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening the sample inventory…</source>
        <translation>正在打开示例清单…</translation>
    </message>
    <message>
        <source>%1 — Stackyard</source>
        <translation>%1 — Stackyard</translation>
    </message>
    <message>
        <source>Stackyard</source>
        <translation>Stackyard</translation>
    </message>
    <message>
        <source>Cannot open the inventory</source>
        <translation>无法打开清单</translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation>未打开清单</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No recent inventories</source>
        <translation>没有最近打开的清单</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Not connected — hosts: %1 local, %2 over SSH</source>
        <translation>未连接 —— 主机：%1 台本地，%2 台通过 SSH</translation>
    </message>
</context>
<context>
    <name>stackyard::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>轮询间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the Health panel asks each instance for its state.</source>
        <translation>健康面板向每个实例查询状态的频率。</translation>
    </message>
    <message>
        <source>Language and theme change at once. The poll interval applies to the next poll.</source>
        <translation>语言和主题立即生效；轮询间隔从下一次轮询起生效。</translation>
    </message>
</context>
<context>
    <name>stackyard::ProvisionPanel</name>
    <message>
        <source>Provision</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Provision clusters and apps in one click</source>
        <translation>一键部署集群和应用</translation>
    </message>
    <message>
        <source>Pick a cluster from the inventory, review the exact plan — every command and every file, with secrets masked — then apply it and watch each step. PostgreSQL with replicas, Redis with replicas, and compose apps such as Dify and Open WebUI. Applying twice changes nothing.</source>
        <translation>从清单中选择一个集群，审阅确切的计划——每条命令、每个文件，密钥均已隐藏——然后执行并观察每一步。支持带副本的 PostgreSQL、带副本的 Redis，以及 Dify、Open WebUI 等 compose 应用。重复执行不会产生任何变更。</translation>
    </message>
    <message>
        <source>This inventory defines %1 PostgreSQL, %2 Redis and %3 app cluster(s).</source>
        <translation>此清单定义了 %1 个 PostgreSQL 集群、%2 个 Redis 集群和 %3 个应用集群。</translation>
    </message>
</context>
<context>
    <name>stackyard::UpcomingPanel</name>
    <message>
        <source>This panel is not available in Stackyard %1 yet.</source>
        <translation>Stackyard %1 尚未提供此面板。</translation>
    </message>
    <message>
        <source>Open an inventory to begin.</source>
        <translation>请先打开一个清单。</translation>
    </message>
</context>
<context>
    <name>stackyard::yaml::Editor</name>
    <message>
        <source>The document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>'-' (after the last item) can only end a pointer</source>
        <translation>'-'（表示最后一项之后）只能出现在指针末尾</translation>
    </message>
    <message>
        <source>There is no item %1 in this list</source>
        <translation>此列表中没有第 %1 项</translation>
    </message>
    <message>
        <source>Items are numbered from 0; use '-' to append.</source>
        <translation>列表项从 0 开始编号；用 '-' 追加。</translation>
    </message>
    <message>
        <source>'%1' is a single value, not a mapping or list</source>
        <translation>'%1' 是单个值，不是映射或列表</translation>
    </message>
    <message>
        <source>Cannot place a block value here</source>
        <translation>此处无法放置块格式的值</translation>
    </message>
    <message>
        <source>Nothing to remove: the pointer names no value</source>
        <translation>没有可删除的内容：该指针未指向任何值</translation>
    </message>
    <message>
        <source>The whole document cannot be removed</source>
        <translation>不能删除整个文档</translation>
    </message>
    <message>
        <source>The only entry of the document cannot be removed</source>
        <translation>不能删除文档中唯一的条目</translation>
    </message>
</context>
<context>
    <name>stackyardctl</name>
    <message>
        <source>Usage: stackyardctl [options] &lt;command&gt; [&lt;args&gt;]</source>
        <translation>用法：stackyardctl [选项] &lt;命令&gt; [&lt;参数&gt;]</translation>
    </message>
    <message>
        <source>Stackyard's command line: everything the console does, from a shell.</source>
        <translation>Stackyard 命令行：在 shell 中完成控制台能做的一切。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run 'stackyardctl &lt;command&gt; --help' for the options of a command.</source>
        <translation>运行 'stackyardctl &lt;命令&gt; --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>stackyardctl: unknown command '%1'</source>
        <translation>stackyardctl：未知命令 '%1'</translation>
    </message>
    <message>
        <source>Displays help for this command.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <source>Lists the clusters (groups) of an inventory with their kind and hosts.</source>
        <translation>列出清单中的集群（分组）及其类型和主机。</translation>
    </message>
    <message>
        <source>The inventory (YAML).</source>
        <translation>清单文件（YAML）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message numerus="yes">
        <source>stackyardctl inventory list: expected one FILE, got %n</source>
        <translation>
            <numerusform>stackyardctl inventory list：需要一个 FILE，实际给出 %n 个</numerusform></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>HOSTS</source>
        <translation>主机</translation>
    </message>
    <message>
        <source> (local)</source>
        <translation>（本地）</translation>
    </message>
    <message>
        <source>List the clusters of an inventory</source>
        <translation>列出清单中的集群</translation>
    </message>
    <message>
        <source>stackyardctl inventory %1: expected %2 arguments, got %3</source>
        <translation>stackyardctl inventory %1：需要 %2 个参数，实际给出 %3 个</translation>
    </message>
    <message>
        <source>Prints the value at a JSON Pointer: a scalar's value, or the YAML text of a mapping or list.</source>
        <translation>打印 JSON 指针处的值：标量打印其值，映射或列表打印其 YAML 文本。</translation>
    </message>
    <message>
        <source>A JSON Pointer, e.g. /all/children/pg-meta/vars/pg_cluster</source>
        <translation>JSON 指针，例如 /all/children/pg-meta/vars/pg_cluster</translation>
    </message>
    <message>
        <source>No value at this pointer</source>
        <translation>此指针处没有值</translation>
    </message>
    <message>
        <source>Sets the value at a JSON Pointer and saves the file, changing only the text it must. Missing keys are created; /- appends to a list.</source>
        <translation>设置 JSON 指针处的值并保存文件，只改动必须改动的文本。缺少的键会被创建；/- 表示追加到列表。</translation>
    </message>
    <message>
        <source>A JSON Pointer, e.g. /all/children/pg-meta/hosts/10.10.10.10/pg_role</source>
        <translation>JSON 指针，例如 /all/children/pg-meta/hosts/10.10.10.10/pg_role</translation>
    </message>
    <message>
        <source>The new value as YAML (omit it with --stdin).</source>
        <translation>新值，YAML 格式（使用 --stdin 时省略）。</translation>
    </message>
    <message>
        <source>Store VALUE as a string even if it reads as a number, boolean or null.</source>
        <translation>即使 VALUE 看起来像数字、布尔值或 null，也按字符串保存。</translation>
    </message>
    <message>
        <source>Read VALUE from standard input (for passwords: keep them off the command line).</source>
        <translation>从标准输入读取 VALUE（用于密码：避免密码出现在命令行中）。</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>VALUE is not valid YAML</source>
        <translation>VALUE 不是有效的 YAML</translation>
    </message>
    <message>
        <source>Quote it, or pass --string to store it as text.</source>
        <translation>请给它加上引号，或使用 --string 按文本保存。</translation>
    </message>
    <message>
        <source>Removes the entry or list item at a JSON Pointer with its lines, and saves the file.</source>
        <translation>删除 JSON 指针处的条目或列表项及其所在行，并保存文件。</translation>
    </message>
    <message>
        <source>A JSON Pointer, e.g. /all/children/pg-meta/hosts/10.10.10.12</source>
        <translation>JSON 指针，例如 /all/children/pg-meta/hosts/10.10.10.12</translation>
    </message>
    <message>
        <source>Prints the variables a host gets, with Ansible's precedence (host, group, all.vars, defaults) and where each value comes from. Secrets are masked unless --show-secrets.</source>
        <translation>按 Ansible 的优先级（主机、分组、all.vars、默认值）打印主机实际得到的变量及每个值的来源。除非使用 --show-secrets，密钥类的值会被隐藏。</translation>
    </message>
    <message>
        <source>A host key, e.g. 10.10.10.10</source>
        <translation>主机键，例如 10.10.10.10</translation>
    </message>
    <message>
        <source>Only variables set in the file.</source>
        <translation>只显示文件中设置的变量。</translation>
    </message>
    <message>
        <source>Print passwords and keys instead of masking them.</source>
        <translation>显示密码和密钥，而不是隐藏它们。</translation>
    </message>
    <message>
        <source>host (in %1)</source>
        <translation>主机（位于 %1）</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>all.vars</source>
        <translation>all.vars</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Print the value at a JSON Pointer</source>
        <translation>打印 JSON 指针处的值</translation>
    </message>
    <message>
        <source>Set a value, keeping the file's comments and layout</source>
        <translation>设置一个值，保留文件的注释和排版</translation>
    </message>
    <message>
        <source>Remove an entry or list item with its lines</source>
        <translation>删除一个条目或列表项及其所在行</translation>
    </message>
    <message>
        <source>Show a host's effective variables and their sources</source>
        <translation>显示主机的实际变量及其来源</translation>
    </message>
</context>
<context>
    <name>yaml::Pointer</name>
    <message>
        <source>A pointer must start with '/'</source>
        <translation>指针必须以 '/' 开头</translation>
    </message>
    <message>
        <source>Write it like /all/children/pg-meta/vars/pg_cluster.</source>
        <translation>写法如 /all/children/pg-meta/vars/pg_cluster。</translation>
    </message>
    <message>
        <source>'~' in a pointer must be written ~0, and '/' as ~1</source>
        <translation>指针中的 '~' 必须写作 ~0，'/' 写作 ~1</translation>
    </message>
</context>
<context>
    <name>yaml::Tree</name>
    <message>
        <source>The file holds more than one YAML document</source>
        <translation>该文件包含多个 YAML 文档</translation>
    </message>
    <message>
        <source>An inventory is a single document: remove the second '---'.</source>
        <translation>清单只能是单个文档：请删除第二个 '---'。</translation>
    </message>
</context>
</TS>
