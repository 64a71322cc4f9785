<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertRules</name>
    <message>
        <source>Instance down</source>
        <translation>实例宕机</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>Connections in use</source>
        <translation>连接占用</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Disk use</source>
        <translation>磁盘使用</translation>
    </message>
    <message>
        <source>HTTP endpoint failing</source>
        <translation>HTTP 端点失败</translation>
    </message>
    <message>
        <source>Backup overdue</source>
        <translation>备份逾期</translation>
    </message>
    <message>
        <source>failed polls</source>
        <translation>次失败轮询</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>× schedule interval</source>
        <translation>× 计划间隔</translation>
    </message>
</context>
<context>
    <name>ComposeRecipe</name>
    <message>
        <source>Folders of %1</source>
        <translation>%1 的目录</translation>
    </message>
    <message>
        <source>the folders exist</source>
        <translation>目录存在</translation>
    </message>
    <message>
        <source>Compose files of %1 in %2</source>
        <translation>%1 的 compose 文件（位于 %2）</translation>
    </message>
    <message>
        <source>Start %1 (compose up -d)</source>
        <translation>启动 %1（compose up -d）</translation>
    </message>
    <message>
        <source>every service of the project is running</source>
        <translation>项目中的每个服务都在运行</translation>
    </message>
    <message>
        <source>%1 answers at %2</source>
        <translation>%1 在 %2 上响应</translation>
    </message>
    <message>
        <source>Provision the apps of %1</source>
        <translation>部署 %1 的应用</translation>
    </message>
    <message>
        <source>The app group %1 defines no app</source>
        <translation>应用分组 %1 没有定义任何应用</translation>
    </message>
    <message>
        <source>Add one under its apps: (dify, open-webui).</source>
        <translation>请在其 apps: 下添加一个（dify、open-webui）。</translation>
    </message>
    <message>
        <source>There is no app group %1 in the inventory</source>
        <translation>清单中没有应用分组 %1</translation>
    </message>
</context>
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
        <source>There is no host &apos;%1&apos; in the inventory</source>
        <translation>清单中没有主机 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Host keys are listed under the groups&apos; &apos;hosts:&apos;.</source>
        <translation>主机键列在各分组的 &apos;hosts:&apos; 之下。</translation>
    </message>
</context>
<context>
    <name>ExporterMetrics</name>
    <message>
        <source>the exporter serves no %1: not a %2 exporter</source>
        <translation>该 exporter 不提供 %1：不是 %2 exporter</translation>
    </message>
    <message>
        <source>the exporter cannot reach %1</source>
        <translation>该 exporter 无法连接 %1</translation>
    </message>
    <message>
        <source>HTTP endpoints have no exporter</source>
        <translation>HTTP 端点没有 exporter</translation>
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
    <name>HealthDetail</name>
    <message>
        <source>Transactions per second</source>
        <translation>每秒事务数</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>Replication lag (s)</source>
        <translation>复制延迟（秒）</translation>
    </message>
    <message>
        <source>Cache hit ratio (%)</source>
        <translation>缓存命中率（%）</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU（%）</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存（%）</translation>
    </message>
    <message>
        <source>Fullest disk (%)</source>
        <translation>最满的磁盘（%）</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>负载（1 分钟）</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>cannot be probed</source>
        <translation>无法探测</translation>
    </message>
    <message>
        <source>no way to reach the host</source>
        <translation>无法连接该主机</translation>
    </message>
</context>
<context>
    <name>HealthOverviewModel</name>
    <message>
        <source>%1 TPS</source>
        <translation>%1 TPS</translation>
    </message>
    <message>
        <source>connections %1/%2</source>
        <translation>连接 %1/%2</translation>
    </message>
    <message>
        <source>lag %1 s</source>
        <translation>延迟 %1 秒</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 次操作/秒</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 个客户端</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>内存 %1 %</translation>
    </message>
    <message>
        <source>disk %1 %</source>
        <translation>磁盘 %1 %</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>负载 %1</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>%1 runs %2: provisioning it is not supported yet</source>
        <translation>%1 运行的是 %2：暂不支持在其上部署</translation>
    </message>
    <message>
        <source>an unknown OS</source>
        <translation>未知的操作系统</translation>
    </message>
    <message>
        <source>Stackyard provisions Debian and Ubuntu hosts (apt). Nothing was changed on this host.</source>
        <translation>Stackyard 目前只部署 Debian 和 Ubuntu 主机（apt）。此主机上未做任何更改。</translation>
    </message>
    <message>
        <source>Could not read the facts of %1</source>
        <translation>无法读取 %1 的主机信息</translation>
    </message>
    <message>
        <source>Check that the host has a POSIX shell (sh) and try again.</source>
        <translation>请确认该主机有 POSIX shell（sh），然后重试。</translation>
    </message>
</context>
<context>
    <name>HostStats</name>
    <message>
        <source>host statistics</source>
        <translation>主机统计</translation>
    </message>
    <message>
        <source>the output of the host statistics command was cut short</source>
        <translation>主机统计命令的输出被截断</translation>
    </message>
    <message>
        <source>no /proc/stat on this host</source>
        <translation>此主机上没有 /proc/stat</translation>
    </message>
    <message>
        <source>host statistics are read from /proc: only Linux hosts are supported</source>
        <translation>主机统计读取自 /proc：仅支持 Linux 主机</translation>
    </message>
    <message>
        <source>no MemTotal in /proc/meminfo</source>
        <translation>/proc/meminfo 中没有 MemTotal</translation>
    </message>
    <message>
        <source>the exporter serves no node_exporter metrics</source>
        <translation>该 exporter 不提供 node_exporter 指标</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>服务器未应答即关闭了连接</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
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
        <source>This is not an Ansible inventory: there is no top-level &apos;all&apos; mapping</source>
        <translation>这不是 Ansible 清单：缺少顶层的 &apos;all&apos; 映射</translation>
    </message>
    <message>
        <source>A Pigsty inventory starts with &apos;all:&apos; holding &apos;children:&apos; and &apos;vars:&apos;.</source>
        <translation>Pigsty 清单以 &apos;all:&apos; 开头，其下包含 &apos;children:&apos; 和 &apos;vars:&apos;。</translation>
    </message>
    <message>
        <source>&apos;all.children&apos; must be a mapping of group names to groups</source>
        <translation>&apos;all.children&apos; 必须是从分组名到分组的映射</translation>
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
    <name>LogFilter</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>at character %1</source>
        <translation>位于第 %1 个字符</translation>
    </message>
    <message>
        <source>Turn off &quot;Regex&quot; to search for the text as written.</source>
        <translation>关闭“正则”即可按原文搜索。</translation>
    </message>
</context>
<context>
    <name>LogLevel</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Journal of unit %1</source>
        <translation>单元 %1 的日志</translation>
    </message>
    <message>
        <source>Compose app in %1</source>
        <translation>%1 中的 Compose 应用</translation>
    </message>
    <message>
        <source>No log source &apos;%1&apos; on %2</source>
        <translation>%2 上没有日志源“%1”</translation>
    </message>
    <message>
        <source>Give a file path, journal:UNIT or compose:APPDIR.</source>
        <translation>请给出文件路径、journal:UNIT 或 compose:APPDIR。</translation>
    </message>
    <message>
        <source>Sources offered for this host: %1; or a file path, journal:UNIT, compose:APPDIR.</source>
        <translation>此主机可用的日志源：%1；或文件路径、journal:UNIT、compose:APPDIR。</translation>
    </message>
    <message>
        <source>The journal of %1 could not be read on %2</source>
        <translation>无法在 %2 上读取 %1 的日志</translation>
    </message>
    <message>
        <source>journalctl is missing or finds no systemd journal on this host (no systemd as PID 1?): follow the service&apos;s log file instead.</source>
        <translation>此主机上缺少 journalctl 或找不到 systemd 日志（PID 1 不是 systemd？）：请改为跟踪服务的日志文件。</translation>
    </message>
    <message>
        <source>Check that the unit exists (systemctl status %1) and that the user may read the journal (group systemd-journal or adm).</source>
        <translation>请检查该单元是否存在（systemctl status %1），以及用户是否有权读取日志（systemd-journal 或 adm 组）。</translation>
    </message>
    <message>
        <source>The logs of the compose app in %1 could not be read on %2</source>
        <translation>无法在 %2 上读取 %1 中 Compose 应用的日志</translation>
    </message>
    <message>
        <source>docker compose is missing or no Docker engine runs on this host: install Docker Engine with the compose plugin, and start it.</source>
        <translation>此主机上缺少 docker compose 或没有运行 Docker 引擎：请安装带 compose 插件的 Docker Engine 并启动它。</translation>
    </message>
    <message>
        <source>Check that %1 holds the app&apos;s compose file and that the user may use Docker.</source>
        <translation>请检查 %1 中是否有应用的 compose 文件，以及用户是否有权使用 Docker。</translation>
    </message>
    <message>
        <source>%1 could not be followed on %2</source>
        <translation>无法在 %2 上跟踪 %1</translation>
    </message>
    <message>
        <source>The log file does not exist (yet) on this host: check the path, or the service&apos;s log settings.</source>
        <translation>此主机上（尚）不存在该日志文件：请检查路径或服务的日志设置。</translation>
    </message>
    <message>
        <source>The login user may not read it: set ansible_become for the host, or add the user to the file&apos;s group (adm).</source>
        <translation>登录用户无权读取它：请为该主机设置 ansible_become，或将用户加入文件所属组（adm）。</translation>
    </message>
    <message>
        <source>See the detail for what tail reported.</source>
        <translation>tail 的报告见详细信息。</translation>
    </message>
</context>
<context>
    <name>LogSourceCatalog</name>
    <message>
        <source>PostgreSQL %1 log (/var/log/postgresql, else %2)</source>
        <translation>PostgreSQL %1 日志（/var/log/postgresql，否则 %2）</translation>
    </message>
    <message>
        <source>PostgreSQL %1 journal (unit %2)</source>
        <translation>PostgreSQL %1 journal（单元 %2）</translation>
    </message>
    <message>
        <source>Redis %1 log (%2)</source>
        <translation>Redis %1 日志（%2）</translation>
    </message>
    <message>
        <source>Redis %1 journal (unit %2)</source>
        <translation>Redis %1 journal（单元 %2）</translation>
    </message>
    <message>
        <source>Compose app %1 (%2)</source>
        <translation>Compose 应用 %1（%2）</translation>
    </message>
    <message>
        <source>nginx access and error logs (/var/log/nginx)</source>
        <translation>nginx 访问与错误日志（/var/log/nginx）</translation>
    </message>
    <message>
        <source>nginx %1 log (%2)</source>
        <translation>nginx %1 日志（%2）</translation>
    </message>
</context>
<context>
    <name>PgCluster</name>
    <message>
        <source>There is no PostgreSQL cluster &apos;%1&apos; in the inventory</source>
        <translation>清单中没有 PostgreSQL 集群 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The inventory defines no PostgreSQL cluster (a group with pg_cluster).</source>
        <translation>清单中没有定义 PostgreSQL 集群（带有 pg_cluster 的分组）。</translation>
    </message>
    <message>
        <source>Its PostgreSQL clusters: %1</source>
        <translation>其 PostgreSQL 集群：%1</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>(%n bytes, holds secrets: not shown)</source>
        <translation>
            <numerusform>（%n 字节，含密钥：不显示）</numerusform>
        </translation>
    </message>
    <message>
        <source> (only when notified)</source>
        <translation>（仅在被通知时执行）</translation>
    </message>
    <message>
        <source> (verification)</source>
        <translation>（验证）</translation>
    </message>
    <message>
        <source>   check: %1</source>
        <translation>   检查：%1</translation>
    </message>
    <message>
        <source>the command succeeds</source>
        <translation>命令执行成功</translation>
    </message>
    <message>
        <source>   file %1 (mode %2%3):</source>
        <translation>   文件 %1（权限 %2%3）：</translation>
    </message>
    <message>
        <source>   then: %1</source>
        <translation>   随后：%1</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>replica %1 is %2, not streaming</source>
        <translation>副本 %1 处于 %2 状态，未在流复制</translation>
    </message>
    <message>
        <source>not replicating: no WAL receiver is running</source>
        <translation>未在复制：没有运行 WAL 接收进程</translation>
    </message>
    <message>
        <source>not streaming from the primary (WAL receiver: %1)</source>
        <translation>未从主库流复制（WAL 接收进程：%1）</translation>
    </message>
    <message>
        <source>WAL replay is paused</source>
        <translation>WAL 回放已暂停</translation>
    </message>
    <message>
        <source>WAL archiving failed %1 time(s) since the last poll (last failed: %2)</source>
        <translation>自上次轮询以来 WAL 归档失败 %1 次（最近失败：%2）</translation>
    </message>
    <message>
        <source>the connection failed without a message</source>
        <translation>连接失败，没有错误信息</translation>
    </message>
    <message numerus="yes">
        <source>WAL archiving failed %n time(s) since the last poll (last failed: %1)</source>
        <translation>
            <numerusform>自上次轮询以来 WAL 归档失败 %n 次（最近失败：%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresRecipe</name>
    <message>
        <source>The PostgreSQL cluster %1 has no primary</source>
        <translation>PostgreSQL 集群 %1 没有主库</translation>
    </message>
    <message>
        <source>Set pg_role: primary on exactly one of its hosts.</source>
        <translation>请在其中恰好一台主机上设置 pg_role: primary。</translation>
    </message>
    <message>
        <source>Host %1 of %2 has no pg_seq</source>
        <translation>%2 的主机 %1 没有 pg_seq</translation>
    </message>
    <message>
        <source>Give every instance a pg_seq (1, 2, …).</source>
        <translation>请为每个实例设置 pg_seq（1、2、…）。</translation>
    </message>
    <message>
        <source>There is no user %1 in pg_users of %2</source>
        <translation>%2 的 pg_users 中没有用户 %1</translation>
    </message>
    <message>
        <source>Add the user to the cluster&apos;s pg_users first.</source>
        <translation>请先把该用户加入集群的 pg_users。</translation>
    </message>
    <message>
        <source>Provision user %1 of PostgreSQL cluster %2</source>
        <translation>部署 PostgreSQL 集群 %2 的用户 %1</translation>
    </message>
    <message>
        <source>There is no database %1 in pg_databases of %2</source>
        <translation>%2 的 pg_databases 中没有数据库 %1</translation>
    </message>
    <message>
        <source>Add the database to the cluster&apos;s pg_databases first.</source>
        <translation>请先把该数据库加入集群的 pg_databases。</translation>
    </message>
    <message>
        <source>Provision database %1 of PostgreSQL cluster %2</source>
        <translation>部署 PostgreSQL 集群 %2 的数据库 %1</translation>
    </message>
    <message>
        <source>Provision PostgreSQL cluster %1</source>
        <translation>部署 PostgreSQL 集群 %1</translation>
    </message>
    <message>
        <source>Host %1 is not part of the PostgreSQL cluster %2</source>
        <translation>主机 %1 不属于 PostgreSQL 集群 %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>Install the PostgreSQL %1 packages</source>
        <translation>安装 PostgreSQL %1 软件包</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Create the PostgreSQL cluster %1 (port %2, data %3)</source>
        <translation>创建 PostgreSQL 集群 %1（端口 %2，数据目录 %3）</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>Let %1 read conf.d</source>
        <translation>让 %1 读取 conf.d</translation>
    </message>
    <message>
        <source>postgresql.conf has include_dir = &apos;conf.d&apos;</source>
        <translation>postgresql.conf 中有 include_dir = &apos;conf.d&apos;</translation>
    </message>
    <message>
        <source>Write the settings of %1</source>
        <translation>写入 %1 的参数配置</translation>
    </message>
    <message>
        <source>pg_replication_password</source>
        <translation>pg_replication_password</translation>
    </message>
    <message>
        <source>Write pg_hba.conf of %1</source>
        <translation>写入 %1 的 pg_hba.conf</translation>
    </message>
    <message>
        <source>Copy the data of %1 from the primary (pg_basebackup)</source>
        <translation>从主库复制 %1 的数据（pg_basebackup）</translation>
    </message>
    <message>
        <source>%1 is a standby (standby.signal)</source>
        <translation>%1 是备库（standby.signal）</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>Restart %1 for its new settings</source>
        <translation>重启 %1 以应用新参数</translation>
    </message>
    <message>
        <source>Reload %1 for its new pg_hba.conf</source>
        <translation>重新加载 %1 以应用新的 pg_hba.conf</translation>
    </message>
    <message>
        <source>Drop the role %1</source>
        <translation>删除角色 %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>the role&apos;s attributes, password, memberships and settings</source>
        <translation>角色的属性、密码、成员关系和参数</translation>
    </message>
    <message>
        <source>Replication slot %1</source>
        <translation>复制槽 %1</translation>
    </message>
    <message>
        <source>the slot exists</source>
        <translation>复制槽存在</translation>
    </message>
    <message>
        <source>the slot is missing</source>
        <translation>复制槽不存在</translation>
    </message>
    <message>
        <source>Drop the database %1</source>
        <translation>删除数据库 %1</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>the database&apos;s owner, settings and comment</source>
        <translation>数据库的属主、参数和备注</translation>
    </message>
    <message>
        <source>Schemas and extensions of %1</source>
        <translation>%1 的模式和扩展</translation>
    </message>
    <message>
        <source>the schemas and extensions the inventory lists</source>
        <translation>清单中列出的模式和扩展</translation>
    </message>
    <message>
        <source>%1 streams from the primary (pg_stat_replication)</source>
        <translation>%1 正在从主库流复制（pg_stat_replication）</translation>
    </message>
    <message>
        <source>Write a check row on the primary %1</source>
        <translation>在主库 %1 上写入一行校验数据</translation>
    </message>
    <message>
        <source>Read the check row back on the replica %1</source>
        <translation>在副本 %1 上读回校验数据</translation>
    </message>
</context>
<context>
    <name>PrometheusSourceSettings</name>
    <message>
        <source>%1 is &quot;%2&quot;; it can be &quot;poll&quot; or &quot;prometheus&quot;</source>
        <translation>%1 为“%2”；它可以是“poll”或“prometheus”</translation>
    </message>
    <message>
        <source>%1 is &quot;prometheus&quot; but %2 is not an http(s) URL</source>
        <translation>%1 为“prometheus”，但 %2 不是 http(s) URL</translation>
    </message>
    <message>
        <source>set %1: http://HOST:9090</source>
        <translation>请设置 %1: http://HOST:9090</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Prometheus text</source>
        <translation>Prometheus 文本</translation>
    </message>
    <message>
        <source>%1 line without a valid metric name</source>
        <translation>%1 行没有有效的指标名</translation>
    </message>
    <message>
        <source>second HELP line for %1</source>
        <translation>%1 的第二个 HELP 行</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot; for %2</source>
        <translation>%2 的指标类型“%1”未知</translation>
    </message>
    <message>
        <source>TYPE line for %1 after its samples</source>
        <translation>%1 的 TYPE 行出现在其样本之后</translation>
    </message>
    <message>
        <source>second TYPE line for %1</source>
        <translation>%1 的第二个 TYPE 行</translation>
    </message>
    <message>
        <source>a sample must begin with a metric name</source>
        <translation>样本必须以指标名开头</translation>
    </message>
    <message>
        <source>label set of %1 is not closed</source>
        <translation>%1 的标签集未闭合</translation>
    </message>
    <message>
        <source>invalid label name in %1</source>
        <translation>%1 中的标签名无效</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label %1 of %2</source>
        <translation>%2 的标签 %1 之后应为“=”</translation>
    </message>
    <message>
        <source>label %1 of %2 has no quoted value</source>
        <translation>%2 的标签 %1 没有带引号的值</translation>
    </message>
    <message>
        <source>invalid escape \%1 in label %2 of %3</source>
        <translation>%3 的标签 %2 中有无效的转义 \%1</translation>
    </message>
    <message>
        <source>label %1 of %2: value is not closed</source>
        <translation>%2 的标签 %1：值未闭合</translation>
    </message>
    <message>
        <source>label %1 appears twice in %2</source>
        <translation>标签 %1 在 %2 中出现两次</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after label %1 of %2</source>
        <translation>%2 的标签 %1 之后应为“,”或“}”</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2</source>
        <translation>%2 的值“%1”无效</translation>
    </message>
    <message>
        <source>invalid timestamp &quot;%1&quot; for %2</source>
        <translation>%2 的时间戳“%1”无效</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp of %1</source>
        <translation>%1 的时间戳之后有多余的文本</translation>
    </message>
    <message>
        <source>histogram bucket %1 without an &quot;le&quot; label</source>
        <translation>直方图桶 %1 没有“le”标签</translation>
    </message>
    <message>
        <source>summary sample %1 without a &quot;quantile&quot; label</source>
        <translation>摘要样本 %1 没有“quantile”标签</translation>
    </message>
</context>
<context>
    <name>ProvisionRunner</name>
    <message>
        <source>Step &quot;%1&quot; on %2 failed while %3: %4</source>
        <translation>步骤“%1”在 %2 上%3时失败：%4</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; on %2 failed: %3 (%4)
%5</source>
        <translation>步骤“%1”在 %2 上失败：%3（%4）
%5</translation>
    </message>
    <message>
        <source>(output withheld: it may hold secrets)</source>
        <translation>（输出已隐藏：其中可能含有密钥）</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 内容不同</translation>
    </message>
    <message>
        <source>writing %1 (mode %2)</source>
        <translation>写入 %1（权限 %2）</translation>
    </message>
    <message>
        <source>creating the folder of %1</source>
        <translation>创建 %1 所在的目录</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot;: cannot stage %2 for upload: %3</source>
        <translation>步骤“%1”：无法为上传准备 %2：%3</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; on %2 failed while writing %3: %4</source>
        <translation>步骤“%1”在 %2 上写入 %3 时失败：%4</translation>
    </message>
    <message>
        <source>running its check</source>
        <translation>执行检查</translation>
    </message>
    <message>
        <source>the check did not pass</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <source>running its commands</source>
        <translation>执行命令</translation>
    </message>
    <message>
        <source>Verification &quot;%1&quot; on %2 failed: %3</source>
        <translation>验证“%1”在 %2 上失败：%3</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; on %2 ran, but its check still finds: %3</source>
        <translation>步骤“%1”已在 %2 上执行，但检查仍发现：%3</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled at step &quot;%1&quot; on %2</source>
        <translation>已在 %2 上的步骤“%1”处取消</translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>List the clusters with: stackyardctl inventory list %1</source>
        <translation>用以下命令列出集群：stackyardctl inventory list %1</translation>
    </message>
    <message>
        <source>Host %1 is not part of %2</source>
        <translation>主机 %1 不属于 %2</translation>
    </message>
    <message>
        <source>Its hosts: %1</source>
        <translation>其主机：%1</translation>
    </message>
    <message>
        <source>No connection was prepared for %1</source>
        <translation>没有为 %1 准备连接</translation>
    </message>
    <message>
        <source>There is no PostgreSQL or Redis cluster or app group &apos;%1&apos; in the inventory</source>
        <translation>清单中没有名为 &apos;%1&apos; 的 PostgreSQL 集群、Redis 集群或应用分组</translation>
    </message>
    <message>
        <source>--user and --database apply to PostgreSQL clusters; %1 is not one</source>
        <translation>--user 和 --database 只用于 PostgreSQL 集群；%1 不是 PostgreSQL 集群</translation>
    </message>
</context>
<context>
    <name>RedisCluster</name>
    <message>
        <source>There is no Redis cluster &apos;%1&apos; in the inventory</source>
        <translation>清单中没有 Redis 集群 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The inventory defines no Redis cluster (a group with redis_cluster).</source>
        <translation>清单中没有定义 Redis 集群（带有 redis_cluster 的分组）。</translation>
    </message>
    <message>
        <source>Its Redis clusters: %1</source>
        <translation>其 Redis 集群：%1</translation>
    </message>
</context>
<context>
    <name>RedisProbe</name>
    <message>
        <source>replica %1 is %2, not online</source>
        <translation>副本 %1 处于 %2 状态，不在线</translation>
    </message>
    <message>
        <source>the link to the primary is %1</source>
        <translation>与主库的连接为 %1</translation>
    </message>
    <message>
        <source>the last background save (RDB) failed</source>
        <translation>上次后台保存（RDB）失败</translation>
    </message>
</context>
<context>
    <name>RedisRecipe</name>
    <message>
        <source>Redis %1 mode is not supported yet (cluster %2)</source>
        <translation>暂不支持 Redis %1 模式（集群 %2）</translation>
    </message>
    <message>
        <source>Stackyard provisions standalone Redis with replicas (redis_mode: standalone).</source>
        <translation>Stackyard 部署带副本的独立 Redis（redis_mode: standalone）。</translation>
    </message>
    <message>
        <source>The Redis cluster %1 has no instances</source>
        <translation>Redis 集群 %1 没有实例</translation>
    </message>
    <message>
        <source>Give its hosts redis_node and redis_instances, e.g. { 6379: {} }.</source>
        <translation>请为其主机设置 redis_node 和 redis_instances，例如 { 6379: {} }。</translation>
    </message>
    <message>
        <source>Provision Redis cluster %1</source>
        <translation>部署 Redis 集群 %1</translation>
    </message>
    <message>
        <source>Install the Redis packages</source>
        <translation>安装 Redis 软件包</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Folders of %1 (data %2)</source>
        <translation>%1 的目录（数据 %2）</translation>
    </message>
    <message>
        <source>the folders exist and belong to redis</source>
        <translation>目录存在且属于 redis 用户</translation>
    </message>
    <message>
        <source>Write the configuration of %1</source>
        <translation>写入 %1 的配置</translation>
    </message>
    <message>
        <source>systemd unit of %1</source>
        <translation>%1 的 systemd 单元</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>%1 answers PING</source>
        <translation>%1 响应 PING</translation>
    </message>
    <message>
        <source>no PONG (%1)</source>
        <translation>未收到 PONG（%1）</translation>
    </message>
    <message>
        <source>Restart %1 for its new configuration</source>
        <translation>重启 %1 以应用新配置</translation>
    </message>
    <message>
        <source>%1 is a replica of %2, which is not an instance of %3</source>
        <translation>%1 是 %2 的副本，但 %2 不是 %3 的实例</translation>
    </message>
    <message>
        <source>replica_of must name an instance of the cluster as &apos;IP PORT&apos;.</source>
        <translation>replica_of 必须以 &apos;IP 端口&apos; 的形式指向集群中的一个实例。</translation>
    </message>
    <message>
        <source>%1 replicates %2 (INFO replication)</source>
        <translation>%1 正在复制 %2（INFO replication）</translation>
    </message>
    <message>
        <source>Write a check key on %1</source>
        <translation>在 %1 上写入校验键</translation>
    </message>
    <message>
        <source>Read the check key back on %1</source>
        <translation>在 %1 上读回校验键</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>Cannot create the folder for run records</source>
        <translation>无法创建运行记录目录</translation>
    </message>
    <message>
        <source>Check the permissions of the folder.</source>
        <translation>请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot write the run record</source>
        <translation>无法写入运行记录</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the folder.</source>
        <translation>请检查剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <source>Cannot read the run record</source>
        <translation>无法读取运行记录</translation>
    </message>
    <message>
        <source>The run record is damaged</source>
        <translation>运行记录已损坏</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid secret name</source>
        <translation>&apos;%1&apos; 不是有效的密钥名称</translation>
    </message>
    <message>
        <source>A secret name has 1 to 200 characters: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos;.</source>
        <translation>密钥名称为 1 到 200 个字符，可使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;/&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>系统钥匙串不可用</translation>
    </message>
    <message>
        <source>Start a desktop session with a keyring (GNOME Keyring, KWallet), or use dbus-run-session with gnome-keyring-daemon</source>
        <translation>请在带有密钥环（GNOME Keyring、KWallet）的桌面会话中运行，或用 dbus-run-session 配合 gnome-keyring-daemon 启动</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret %1</source>
        <translation>钥匙串拒绝访问密钥 %1</translation>
    </message>
    <message>
        <source>Unlock the keyring (your desktop asks for its password) and allow Stackyard to use it, then try again.</source>
        <translation>请解锁密钥环（桌面会要求输入其密码）并允许 Stackyard 使用，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain cannot store secrets here</source>
        <translation>系统钥匙串无法在此存储密钥</translation>
    </message>
    <message>
        <source>Use a Secret Service keyring (GNOME Keyring, KWallet) or the platform&apos;s keychain.</source>
        <translation>请使用 Secret Service 密钥环（GNOME Keyring、KWallet）或本平台的钥匙串。</translation>
    </message>
    <message>
        <source>Could not read the secret %1 from the keychain</source>
        <translation>无法从钥匙串读取密钥 %1</translation>
    </message>
    <message>
        <source>Could not store the secret %1 in the keychain</source>
        <translation>无法将密钥 %1 存入钥匙串</translation>
    </message>
    <message>
        <source>Could not delete the secret %1 from the keychain</source>
        <translation>无法从钥匙串删除密钥 %1</translation>
    </message>
    <message>
        <source>Check that the keyring is unlocked and try again; the detail is the keychain&apos;s own message.</source>
        <translation>请确认密钥环已解锁，然后重试；详细信息来自钥匙串本身。</translation>
    </message>
    <message>
        <source>The keychain needs a running application</source>
        <translation>使用钥匙串需要应用程序正在运行</translation>
    </message>
    <message>
        <source>No secret named %1 in the keychain</source>
        <translation>钥匙串中没有名为 %1 的密钥</translation>
    </message>
    <message>
        <source>Store it with: stackyardctl secret set %1</source>
        <translation>请用以下命令存储：stackyardctl secret set %1</translation>
    </message>
</context>
<context>
    <name>StepResult</name>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>已是目标状态</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需执行</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Database name &apos;%1&apos; cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>数据库名 &apos;%1&apos; 无法安全地用于 shell 命令或 SQL 标识符：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Schema name &apos;%1&apos; cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>模式名 &apos;%1&apos; 无法安全地用于 shell 命令或 SQL 标识符：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Extension name &apos;%1&apos; cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>扩展名称 &apos;%1&apos; 无法安全地用于 shell 命令或 SQL 标识符：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Role name &apos;%1&apos; cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>角色名 &apos;%1&apos; 无法安全地用于 shell 命令或 SQL 标识符：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Owner name &apos;%1&apos; cannot be used safely in a shell command or an SQL identifier: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>属主名 &apos;%1&apos; 无法安全地用于 shell 命令或 SQL 标识符：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Cluster name &apos;%1&apos; cannot be used safely in a shell command, a file name or a service name: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>集群名 &apos;%1&apos; 无法安全地用于 shell 命令、文件名或服务名：请使用 1 到 63 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>The inventory has no top-level &apos;all&apos; mapping: an Ansible inventory starts with &apos;all:&apos; and its &apos;children&apos; groups.</source>
        <translation>清单缺少顶层的 &apos;all&apos; 映射：Ansible 清单以 &apos;all:&apos; 及其下的 &apos;children&apos; 分组开头。</translation>
    </message>
    <message>
        <source>&apos;all.vars&apos; must be a mapping of variables.</source>
        <translation>&apos;all.vars&apos; 必须是变量的映射。</translation>
    </message>
    <message>
        <source>&apos;all&apos; has no &apos;children&apos; mapping: define the groups (clusters) under all.children.</source>
        <translation>&apos;all&apos; 缺少 &apos;children&apos; 映射：请在 all.children 下定义分组（集群）。</translation>
    </message>
    <message>
        <source>&apos;all.children&apos; must be a mapping of groups.</source>
        <translation>&apos;all.children&apos; 必须是分组的映射。</translation>
    </message>
    <message>
        <source>&apos;all.vars&apos; has no admin_ip: Pigsty needs the IPv4 address of the admin node there.</source>
        <translation>&apos;all.vars&apos; 缺少 admin_ip：Pigsty 需要在此填写管理节点的 IPv4 地址。</translation>
    </message>
    <message>
        <source>admin_ip &apos;%1&apos; is not an IPv4 address.</source>
        <translation>admin_ip &apos;%1&apos; 不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; is empty: every group needs a non-empty &apos;hosts&apos; mapping.</source>
        <translation>分组 &apos;%1&apos; 为空：每个分组都需要非空的 &apos;hosts&apos; 映射。</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; must be a mapping with &apos;hosts&apos; and optional &apos;vars&apos;.</source>
        <translation>分组 &apos;%1&apos; 必须是包含 &apos;hosts&apos;（以及可选的 &apos;vars&apos;）的映射。</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has no &apos;hosts&apos;: every group needs a non-empty &apos;hosts&apos; mapping.</source>
        <translation>分组 &apos;%1&apos; 缺少 &apos;hosts&apos;：每个分组都需要非空的 &apos;hosts&apos; 映射。</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has an empty &apos;hosts&apos; mapping: list at least one host.</source>
        <translation>分组 &apos;%1&apos; 的 &apos;hosts&apos; 映射为空：请至少列出一台主机。</translation>
    </message>
    <message>
        <source>The &apos;hosts&apos; of group &apos;%1&apos; must be a mapping of host addresses to host variables.</source>
        <translation>分组 &apos;%1&apos; 的 &apos;hosts&apos; 必须是从主机地址到主机变量的映射。</translation>
    </message>
    <message>
        <source>The &apos;vars&apos; of group &apos;%1&apos; must be a mapping.</source>
        <translation>分组 &apos;%1&apos; 的 &apos;vars&apos; 必须是映射。</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; appears twice in this mapping (first on line %2): only one of them would be used.</source>
        <translation>键 &apos;%1&apos; 在此映射中出现了两次（首次在第 %2 行）：只有其中一个会生效。</translation>
    </message>
    <message>
        <source>%1 must be a list of HBA rules.</source>
        <translation>%1 必须是 HBA 规则的列表。</translation>
    </message>
    <message>
        <source>Each entry of %1 must be a mapping such as {user, db, addr, auth, title}.</source>
        <translation>%1 的每个条目都必须是映射，例如 {user, db, addr, auth, title}。</translation>
    </message>
    <message>
        <source>&apos;rules&apos; must be a list of pg_hba.conf lines.</source>
        <translation>&apos;rules&apos; 必须是 pg_hba.conf 行的列表。</translation>
    </message>
    <message>
        <source>This HBA rule has no addr: give an address alias or IPv4 address, or raw lines in &apos;rules&apos;.</source>
        <translation>此 HBA 规则缺少 addr：请给出地址别名或 IPv4 地址，或在 &apos;rules&apos; 中写原始行。</translation>
    </message>
    <message>
        <source>auth &apos;%1&apos; is not one of pwd, ssl, sha, scram-sha-256, md5, ssl-sha, ssl-md5, cert, trust, deny, reject, os, ident, peer.</source>
        <translation>auth &apos;%1&apos; 不是 pwd、ssl、sha、scram-sha-256、md5、ssl-sha、ssl-md5、cert、trust、deny、reject、os、ident、peer 之一。</translation>
    </message>
    <message>
        <source>HBA role &apos;%1&apos; is not one of default, common, primary, replica, offline, standby, delayed.</source>
        <translation>HBA role &apos;%1&apos; 不是 default、common、primary、replica、offline、standby、delayed 之一。</translation>
    </message>
    <message>
        <source>HBA order &apos;%1&apos; must be an integer.</source>
        <translation>HBA order &apos;%1&apos; 必须是整数。</translation>
    </message>
    <message>
        <source>&apos;db: replication&apos; is not allowed in pgbouncer HBA rules: pgbouncer does not proxy replication connections.</source>
        <translation>pgbouncer 的 HBA 规则中不允许 &apos;db: replication&apos;：pgbouncer 不代理复制连接。</translation>
    </message>
    <message>
        <source>HBA db &apos;%1&apos; is not a database name, all, replication or a comma list of those.</source>
        <translation>HBA db &apos;%1&apos; 不是数据库名、all、replication，也不是由它们组成的逗号分隔列表。</translation>
    </message>
    <message>
        <source>HBA user &apos;%1&apos; is not a role name, all, +group, a comma list of those, or one of ${dbsu}, ${repl}, ${monitor}, ${admin}.</source>
        <translation>HBA user &apos;%1&apos; 不是角色名、all、+group 或由它们组成的逗号分隔列表，也不是 ${dbsu}、${repl}、${monitor}、${admin} 之一。</translation>
    </message>
    <message>
        <source>This HBA rule has no title: add one so the rendered pg_hba.conf says what it is for.</source>
        <translation>此 HBA 规则缺少 title：请补上，以便生成的 pg_hba.conf 注明该规则的用途。</translation>
    </message>
    <message>
        <source>HBA addr &apos;%1&apos; is an IPv6 address: IPv6 is not accepted by Pigsty&apos;s HBA templates; use an IPv4 address or an alias such as intra or world.</source>
        <translation>HBA addr &apos;%1&apos; 是 IPv6 地址：Pigsty 的 HBA 模板不接受 IPv6；请使用 IPv4 地址或 intra、world 等别名。</translation>
    </message>
    <message>
        <source>HBA addr &apos;%1&apos; is not an alias (local, localhost, admin, infra, cluster, intra, intranet, world, all) or an IPv4 address with an optional /0-32 mask.</source>
        <translation>HBA addr &apos;%1&apos; 既不是别名（local、localhost、admin、infra、cluster、intra、intranet、world、all），也不是 IPv4 地址（可带 /0-32 掩码）。</translation>
    </message>
    <message>
        <source>The variables of host &apos;%1&apos; must be a mapping (or empty).</source>
        <translation>主机 &apos;%1&apos; 的变量必须是映射（或为空）。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not an IPv4 address and has no ansible_host: use the host&apos;s IPv4 address as the key, or put its address in ansible_host.</source>
        <translation>主机 &apos;%1&apos; 不是 IPv4 地址，也没有 ansible_host：请用主机的 IPv4 地址作为键，或把地址写入 ansible_host。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is already in the %2 group &apos;%3&apos;: a host may belong to only one %2 group.</source>
        <translation>主机 &apos;%1&apos; 已在 %2 分组 &apos;%3&apos; 中：一台主机只能属于一个 %2 分组。</translation>
    </message>
    <message>
        <source>minio_cluster cannot be set in all.vars: set it in the vars of the MinIO group.</source>
        <translation>minio_cluster 不能在 all.vars 中设置：请在 MinIO 分组的 vars 中设置。</translation>
    </message>
    <message>
        <source>minio_type &apos;%1&apos; is not supported: it must be silo.</source>
        <translation>不支持 minio_type &apos;%1&apos;：必须为 silo。</translation>
    </message>
    <message>
        <source>MinIO group &apos;%1&apos; has no minio_cluster: set it in the group&apos;s vars.</source>
        <translation>MinIO 分组 &apos;%1&apos; 缺少 minio_cluster：请在该分组的 vars 中设置。</translation>
    </message>
    <message>
        <source>minio_cluster must be a non-empty name.</source>
        <translation>minio_cluster 必须是非空名称。</translation>
    </message>
    <message>
        <source>etcd_cluster is set in group &apos;%1&apos;, but Pigsty runs etcd only on the group named etcd.</source>
        <translation>分组 &apos;%1&apos; 设置了 etcd_cluster，但 Pigsty 只在名为 etcd 的分组上运行 etcd。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; of group &apos;%2&apos; has no %3: every host of this group needs an integer %3.</source>
        <translation>分组 &apos;%2&apos; 的主机 &apos;%1&apos; 缺少 %3：该分组的每台主机都需要整数 %3。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be an integer of 0 or more.</source>
        <translation>%1 &apos;%2&apos; 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>pg_databases must be a list of database definitions.</source>
        <translation>pg_databases 必须是数据库定义的列表。</translation>
    </message>
    <message>
        <source>Each entry of pg_databases must be a mapping with at least a name.</source>
        <translation>pg_databases 的每个条目都必须是映射，且至少包含 name。</translation>
    </message>
    <message>
        <source>This database definition has no name: &apos;name&apos; is required.</source>
        <translation>此数据库定义缺少名称：&apos;name&apos; 为必填项。</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; is defined twice in pg_databases (first on line %2): each database name may appear once.</source>
        <translation>数据库 &apos;%1&apos; 在 pg_databases 中定义了两次（首次在第 %2 行）：每个数据库名只能出现一次。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of database &apos;%2&apos; must be true or false.</source>
        <translation>数据库 &apos;%2&apos; 的 &apos;%1&apos; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of database &apos;%2&apos; must be an integer.</source>
        <translation>数据库 &apos;%2&apos; 的 &apos;%1&apos; 必须是整数。</translation>
    </message>
    <message>
        <source>&apos;state&apos; of database &apos;%1&apos; must be create, absent or recreate.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;state&apos; 必须是 create、absent 或 recreate。</translation>
    </message>
    <message>
        <source>&apos;pool_mode&apos; of database &apos;%1&apos; must be transaction, session or statement.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;pool_mode&apos; 必须是 transaction、session 或 statement。</translation>
    </message>
    <message>
        <source>&apos;strategy&apos; of database &apos;%1&apos; must be FILE_COPY or WAL_LOG.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;strategy&apos; 必须是 FILE_COPY 或 WAL_LOG。</translation>
    </message>
    <message>
        <source>&apos;locale_provider&apos; of database &apos;%1&apos; must be libc, icu or builtin.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;locale_provider&apos; 必须是 libc、icu 或 builtin。</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; of database &apos;%1&apos; must be a mapping of settings.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;parameters&apos; 必须是参数设置的映射。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of database &apos;%2&apos; must be a string.</source>
        <translation>数据库 &apos;%2&apos; 的 &apos;%1&apos; 必须是字符串。</translation>
    </message>
    <message>
        <source>Owner &apos;%1&apos; of database &apos;%2&apos; is neither a user of the cluster nor a default role: define it in pg_users first.</source>
        <translation>数据库 &apos;%2&apos; 的属主 &apos;%1&apos; 既不是该集群的用户，也不是默认角色：请先在 pg_users 中定义它。</translation>
    </message>
    <message>
        <source>Unknown database field &apos;%1&apos; (kept as is).</source>
        <translation>未知的数据库字段 &apos;%1&apos;（原样保留）。</translation>
    </message>
    <message>
        <source>&apos;extensions&apos; of database &apos;%1&apos; must be a list.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;extensions&apos; 必须是列表。</translation>
    </message>
    <message>
        <source>&apos;schemas&apos; of database &apos;%1&apos; must be a list.</source>
        <translation>数据库 &apos;%1&apos; 的 &apos;schemas&apos; 必须是列表。</translation>
    </message>
    <message>
        <source>Each extension of database &apos;%1&apos; must be a name or a mapping {name, schema, version, state}.</source>
        <translation>数据库 &apos;%1&apos; 的每个扩展都必须是名称或映射 {name, schema, version, state}。</translation>
    </message>
    <message>
        <source>Each schema of database &apos;%1&apos; must be a name or a mapping {name, owner, state}.</source>
        <translation>数据库 &apos;%1&apos; 的每个模式都必须是名称或映射 {name, owner, state}。</translation>
    </message>
    <message>
        <source>An extension of database &apos;%1&apos; has no name.</source>
        <translation>数据库 &apos;%1&apos; 的某个扩展缺少名称。</translation>
    </message>
    <message>
        <source>A schema of database &apos;%1&apos; has no name.</source>
        <translation>数据库 &apos;%1&apos; 的某个模式缺少名称。</translation>
    </message>
    <message>
        <source>&apos;state&apos; here must be create or absent.</source>
        <translation>此处的 &apos;state&apos; 必须是 create 或 absent。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; here must be a string.</source>
        <translation>此处的 &apos;%1&apos; 必须是字符串。</translation>
    </message>
    <message>
        <source>&apos;version&apos; here must be a string.</source>
        <translation>此处的 &apos;version&apos; 必须是字符串。</translation>
    </message>
    <message>
        <source>Unknown extension field &apos;%1&apos; (kept as is).</source>
        <translation>未知的扩展字段 &apos;%1&apos;（原样保留）。</translation>
    </message>
    <message>
        <source>Unknown schema field &apos;%1&apos; (kept as is).</source>
        <translation>未知的模式字段 &apos;%1&apos;（原样保留）。</translation>
    </message>
    <message>
        <source>pg_cluster &apos;%1&apos; is not a valid cluster name: use letters, digits and &apos;-&apos; only.</source>
        <translation>pg_cluster &apos;%1&apos; 不是有效的集群名：只能使用字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>pg_cluster cannot be &apos;root&apos;: choose another name.</source>
        <translation>pg_cluster 不能是 &apos;root&apos;：请换一个名称。</translation>
    </message>
    <message>
        <source>pg_cluster &apos;%1&apos; differs from its group name &apos;%2&apos;: Pigsty expects the group to be named after the cluster.</source>
        <translation>pg_cluster &apos;%1&apos; 与所在分组名 &apos;%2&apos; 不同：Pigsty 要求分组以集群名命名。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; of cluster &apos;%2&apos; has no pg_seq: every instance needs an integer pg_seq.</source>
        <translation>集群 &apos;%2&apos; 的主机 &apos;%1&apos; 缺少 pg_seq：每个实例都需要整数 pg_seq。</translation>
    </message>
    <message>
        <source>pg_seq &apos;%1&apos; must be an integer of 0 or more.</source>
        <translation>pg_seq &apos;%1&apos; 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>pg_seq %1 is already used by host &apos;%2&apos; in cluster &apos;%3&apos;: it must be unique within the cluster.</source>
        <translation>pg_seq %1 已被集群 &apos;%3&apos; 中的主机 &apos;%2&apos; 使用：它在集群内必须唯一。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; of cluster &apos;%2&apos; has no pg_role: set primary, replica, offline, standby or delayed.</source>
        <translation>集群 &apos;%2&apos; 的主机 &apos;%1&apos; 缺少 pg_role：请设为 primary、replica、offline、standby 或 delayed。</translation>
    </message>
    <message>
        <source>pg_role &apos;%1&apos; is not one of primary, replica, offline, standby, delayed.</source>
        <translation>pg_role &apos;%1&apos; 不是 primary、replica、offline、standby、delayed 之一。</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; already has a primary, host &apos;%2&apos;: exactly one instance may have pg_role: primary.</source>
        <translation>集群 &apos;%1&apos; 已有主库（主机 &apos;%2&apos;）：只能有一个实例设为 pg_role: primary。</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; has no primary: exactly one instance needs pg_role: primary.</source>
        <translation>集群 &apos;%1&apos; 没有主库：必须恰好有一个实例设为 pg_role: primary。</translation>
    </message>
    <message>
        <source>pg_upstream &apos;%1&apos; is not an IPv4 address.</source>
        <translation>pg_upstream &apos;%1&apos; 不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>pg_vip_address &apos;%1&apos; must be an IPv4 address with a prefix length, such as 10.10.10.2/24.</source>
        <translation>pg_vip_address &apos;%1&apos; 必须是带前缀长度的 IPv4 地址，例如 10.10.10.2/24。</translation>
    </message>
    <message>
        <source>%1 must be a list of user definitions.</source>
        <translation>%1 必须是用户定义的列表。</translation>
    </message>
    <message>
        <source>Each entry of %1 must be a mapping with at least a name.</source>
        <translation>%1 的每个条目都必须是映射，且至少包含 name。</translation>
    </message>
    <message>
        <source>This user definition has no name: &apos;name&apos; is required.</source>
        <translation>此用户定义缺少名称：&apos;name&apos; 为必填项。</translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is not valid: use 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;@&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>用户名 &apos;%1&apos; 无效：请使用 1 到 63 个小写字母、数字、&apos;_&apos;、&apos;@&apos;、&apos;.&apos; 或 &apos;-&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; is defined twice in %2 (first on line %3): each user name may appear once.</source>
        <translation>用户 &apos;%1&apos; 在 %2 中定义了两次（首次在第 %3 行）：每个用户名只能出现一次。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of user &apos;%2&apos; must be true or false.</source>
        <translation>用户 &apos;%2&apos; 的 &apos;%1&apos; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of user &apos;%2&apos; must be an integer.</source>
        <translation>用户 &apos;%2&apos; 的 &apos;%1&apos; 必须是整数。</translation>
    </message>
    <message>
        <source>&apos;state&apos; of user &apos;%1&apos; must be create or absent.</source>
        <translation>用户 &apos;%1&apos; 的 &apos;state&apos; 必须是 create 或 absent。</translation>
    </message>
    <message>
        <source>&apos;pool_mode&apos; of user &apos;%1&apos; must be transaction, session or statement.</source>
        <translation>用户 &apos;%1&apos; 的 &apos;pool_mode&apos; 必须是 transaction、session 或 statement。</translation>
    </message>
    <message>
        <source>&apos;expire_at&apos; of user &apos;%1&apos; must be a date (YYYY-MM-DD) or &apos;infinity&apos;.</source>
        <translation>用户 &apos;%1&apos; 的 &apos;expire_at&apos; 必须是日期（YYYY-MM-DD）或 &apos;infinity&apos;。</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; of user &apos;%1&apos; must be a mapping of settings.</source>
        <translation>用户 &apos;%1&apos; 的 &apos;parameters&apos; 必须是参数设置的映射。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of user &apos;%2&apos; must be a string.</source>
        <translation>用户 &apos;%2&apos; 的 &apos;%1&apos; 必须是字符串。</translation>
    </message>
    <message>
        <source>Unknown user field &apos;%1&apos; (kept as is).</source>
        <translation>未知的用户字段 &apos;%1&apos;（原样保留）。</translation>
    </message>
    <message>
        <source>&apos;roles&apos; of user &apos;%1&apos; must be a list of role names.</source>
        <translation>用户 &apos;%1&apos; 的 &apos;roles&apos; 必须是角色名的列表。</translation>
    </message>
    <message>
        <source>Each role of user &apos;%1&apos; must be a role name or a mapping {name, state, admin, set, inherit}.</source>
        <translation>用户 &apos;%1&apos; 的每个角色都必须是角色名或映射 {name, state, admin, set, inherit}。</translation>
    </message>
    <message>
        <source>A role granted to user &apos;%1&apos; has no name.</source>
        <translation>授予用户 &apos;%1&apos; 的某个角色缺少名称。</translation>
    </message>
    <message>
        <source>The &apos;state&apos; of a role of user &apos;%1&apos; must be grant, revoke or absent.</source>
        <translation>用户 &apos;%1&apos; 的角色的 &apos;state&apos; 必须是 grant、revoke 或 absent。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of a role of user &apos;%2&apos; must be true or false.</source>
        <translation>用户 &apos;%2&apos; 的角色的 &apos;%1&apos; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Unknown role field &apos;%1&apos; (kept as is).</source>
        <translation>未知的角色字段 &apos;%1&apos;（原样保留）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be an integer port between 1 and 65535.</source>
        <translation>%1 &apos;%2&apos; 必须是 1 到 65535 之间的整数端口。</translation>
    </message>
    <message>
        <source>redis_cluster must be a non-empty name.</source>
        <translation>redis_cluster 必须是非空名称。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; of Redis cluster &apos;%2&apos; has no redis_node: every host needs an integer redis_node.</source>
        <translation>Redis 集群 &apos;%2&apos; 的主机 &apos;%1&apos; 缺少 redis_node：每台主机都需要整数 redis_node。</translation>
    </message>
    <message>
        <source>redis_node &apos;%1&apos; must be an integer.</source>
        <translation>redis_node &apos;%1&apos; 必须是整数。</translation>
    </message>
    <message>
        <source>redis_node %1 is already used by host &apos;%2&apos; in Redis cluster &apos;%3&apos;: instance names would collide.</source>
        <translation>redis_node %1 已被 Redis 集群 &apos;%3&apos; 中的主机 &apos;%2&apos; 使用：实例名会发生冲突。</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; of Redis cluster &apos;%2&apos; has no redis_instances: list its instances as {port: {}}.</source>
        <translation>Redis 集群 &apos;%2&apos; 的主机 &apos;%1&apos; 缺少 redis_instances：请按 {port: {}} 的形式列出其实例。</translation>
    </message>
    <message>
        <source>redis_instances must be a mapping of ports to instance definitions, such as { 6379: {} }.</source>
        <translation>redis_instances 必须是从端口到实例定义的映射，例如 { 6379: {} }。</translation>
    </message>
    <message>
        <source>replica_of &apos;%1&apos; must be an IPv4 address and a port separated by a blank, such as &apos;10.10.10.10 6379&apos;.</source>
        <translation>replica_of &apos;%1&apos; 必须是以空格分隔的 IPv4 地址和端口，例如 &apos;10.10.10.10 6379&apos;。</translation>
    </message>
    <message>
        <source>replica_of &apos;%1&apos; names no instance of the inventory.</source>
        <translation>replica_of &apos;%1&apos; 指向的实例不在清单中。</translation>
    </message>
    <message>
        <source>Redis instance key &apos;%1&apos; must be an integer port between 1 and 65535.</source>
        <translation>Redis 实例键 &apos;%1&apos; 必须是 1 到 65535 之间的整数端口。</translation>
    </message>
    <message>
        <source>Redis port %1 is defined twice on this host (first on line %2).</source>
        <translation>Redis 端口 %1 在此主机上定义了两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>The definition of Redis instance %1 must be a mapping, such as {} or { replica_of: &apos;10.10.10.10 6379&apos; }.</source>
        <translation>Redis 实例 %1 的定义必须是映射，例如 {} 或 { replica_of: &apos;10.10.10.10 6379&apos; }。</translation>
    </message>
    <message>
        <source>redis_mode &apos;%1&apos; is not one of standalone, cluster, sentinel.</source>
        <translation>redis_mode &apos;%1&apos; 不是 standalone、cluster、sentinel 之一。</translation>
    </message>
    <message>
        <source>redis_fs_main cannot be /data: Redis data would mix with other services; use a subdirectory such as /data/redis.</source>
        <translation>redis_fs_main 不能是 /data：Redis 数据会与其他服务混在一起；请使用子目录，例如 /data/redis。</translation>
    </message>
    <message>
        <source>redis_sentinel_monitor must be a list of {name, host, port} entries.</source>
        <translation>redis_sentinel_monitor 必须是 {name, host, port} 条目的列表。</translation>
    </message>
    <message>
        <source>Each sentinel monitor entry needs a name and a host.</source>
        <translation>每个哨兵监控条目都需要 name 和 host。</translation>
    </message>
    <message>
        <source>%1 is a plaintext password (move it to the keychain).</source>
        <translation>%1 是明文密码（请移至钥匙串）。</translation>
    </message>
    <message>
        <source>%1 is Pigsty&apos;s published default password — change it.</source>
        <translation>%1 是 Pigsty 公开的默认密码——请修改。</translation>
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
    <name>pgsql</name>
    <message>
        <source>setting %1 is %2, should be reset</source>
        <translation>参数 %1 为 %2，应当重置</translation>
    </message>
    <message>
        <source>setting %1 is &apos;%2&apos;, should be &apos;%3&apos;</source>
        <translation>参数 %1 为 &apos;%2&apos;，应为 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>role %1 exists and should be dropped</source>
        <translation>角色 %1 存在，应当删除</translation>
    </message>
    <message>
        <source>role %1 does not exist</source>
        <translation>角色 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is %2, should be %3</source>
        <translation>%1 为 %2，应为 %3</translation>
    </message>
    <message>
        <source>connection limit is %1, should be %2</source>
        <translation>连接数上限为 %1，应为 %2</translation>
    </message>
    <message>
        <source>password is not set</source>
        <translation>未设置密码</translation>
    </message>
    <message>
        <source>password differs</source>
        <translation>密码不同</translation>
    </message>
    <message>
        <source>comment differs</source>
        <translation>备注不同</translation>
    </message>
    <message>
        <source>not a member of %1</source>
        <translation>不是 %1 的成员</translation>
    </message>
    <message>
        <source>admin option on %1 differs</source>
        <translation>对 %1 的管理选项不同</translation>
    </message>
    <message>
        <source>still a member of %1</source>
        <translation>仍是 %1 的成员</translation>
    </message>
    <message>
        <source>valid until %1, should be %2</source>
        <translation>有效期至 %1，应为 %2</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>database %1 exists and should be dropped</source>
        <translation>数据库 %1 存在，应当删除</translation>
    </message>
    <message>
        <source>database %1 is to be recreated</source>
        <translation>数据库 %1 将被重建</translation>
    </message>
    <message>
        <source>database %1 does not exist</source>
        <translation>数据库 %1 不存在</translation>
    </message>
    <message>
        <source>owner is %1, should be %2</source>
        <translation>属主为 %1，应为 %2</translation>
    </message>
    <message>
        <source>is_template differs</source>
        <translation>is_template 不同</translation>
    </message>
    <message>
        <source>allowconn differs</source>
        <translation>allowconn 不同</translation>
    </message>
    <message>
        <source>CONNECT for PUBLIC differs</source>
        <translation>PUBLIC 的 CONNECT 权限不同</translation>
    </message>
    <message>
        <source>encoding is %1, not %2: it can only be set when the database is created (state: recreate)</source>
        <translation>编码为 %1 而不是 %2：编码只能在创建数据库时设置（state: recreate）</translation>
    </message>
    <message>
        <source>schema %1 exists and should be dropped</source>
        <translation>模式 %1 存在，应当删除</translation>
    </message>
    <message>
        <source>schema %1 is missing</source>
        <translation>缺少模式 %1</translation>
    </message>
    <message>
        <source>schema %1 is owned by %2, should be %3</source>
        <translation>模式 %1 的属主为 %2，应为 %3</translation>
    </message>
    <message>
        <source>extension %1 is installed and should be dropped</source>
        <translation>扩展 %1 已安装，应当删除</translation>
    </message>
    <message>
        <source>extension %1 is missing</source>
        <translation>缺少扩展 %1</translation>
    </message>
    <message>
        <source>extension %1 is version %2, should be %3</source>
        <translation>扩展 %1 的版本为 %2，应为 %3</translation>
    </message>
</context>
<context>
    <name>stackyard::AlertEngine</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 宕机：%2</translation>
    </message>
    <message>
        <source>%1 is failing</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 is failing: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: replication lag %2 s (over %3 s)</source>
        <translation>%1：复制延迟 %2 秒（超过 %3 秒）</translation>
    </message>
    <message>
        <source>%1: %2 % of connections in use (over %3 %)</source>
        <translation>%1：已使用 %2 % 的连接（超过 %3 %）</translation>
    </message>
    <message>
        <source>%1: memory %2 % used (over %3 %)</source>
        <translation>%1：内存已用 %2 %（超过 %3 %）</translation>
    </message>
    <message>
        <source>%1: disk %2 % full (over %3 %)</source>
        <translation>%1：磁盘已满 %2 %（超过 %3 %）</translation>
    </message>
    <message>
        <source>%1: disk %2 is %3 % full (over %4 %)</source>
        <translation>%1：磁盘 %2 已满 %3 %（超过 %4 %）</translation>
    </message>
    <message>
        <source>%1: last backup %2 h old, its schedule allows %3 h</source>
        <translation>%1：上次备份已过去 %2 小时，计划允许 %3 小时</translation>
    </message>
</context>
<context>
    <name>stackyard::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>An alert fires when its condition has held for the given time, shows in the Health panel and as a desktop notification, and clears by itself when the condition ends.</source>
        <translation>当条件持续达到给定时间时告警触发，显示在健康面板中并作为桌面通知，条件结束时自动清除。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>For at least</source>
        <translation>至少持续</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>stackyard::AlertsModel</name>
    <message>
        <source>Cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1
since %2, fired %3</source>
        <translation>%1
开始于 %2，触发于 %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>stackyard::AppRenderContext</name>
    <message>
        <source>App %1: &apos;%2&apos; cannot be a .env key</source>
        <translation>应用 %1：“%2”不能作为 .env 的键</translation>
    </message>
    <message>
        <source>Use letters, digits and &apos;_&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>请使用字母、数字和“_”，并以字母或“_”开头。</translation>
    </message>
    <message>
        <source>App %1: the conf sets %2 twice (as %3 and %4)</source>
        <translation>应用 %1：conf 两次设置了 %2（%3 和 %4）</translation>
    </message>
    <message>
        <source>Keys are upper-cased into .env, so both are the same setting: keep one.</source>
        <translation>写入 .env 时键会转为大写，所以两者是同一个设置：请只保留一个。</translation>
    </message>
    <message>
        <source>App %1: %2 holds a secret reference inside other text</source>
        <translation>应用 %1：%2 在其他文本中夹带了密钥引用</translation>
    </message>
    <message>
        <source>A ${secret:NAME} reference must be the whole value.</source>
        <translation>${secret:NAME} 引用必须是整个值。</translation>
    </message>
    <message>
        <source>App %1: %2 refers to the secret %3, whose value is not available</source>
        <translation>应用 %1：%2 引用的密钥 %3 取不到值</translation>
    </message>
    <message>
        <source>Store it in the keychain (stackyardctl secret set %1) and make sure the keychain is unlocked.</source>
        <translation>请把它存入钥匙串（stackyardctl secret set %1），并确认钥匙串已解锁。</translation>
    </message>
    <message>
        <source>App %1: the password of PostgreSQL user %2 in %3 is stored only as a hash</source>
        <translation>应用 %1：%3 中 PostgreSQL 用户 %2 的密码只以哈希形式保存</translation>
    </message>
    <message>
        <source>Set %1 in the app&apos;s conf; a ${secret:NAME} reference keeps it out of the file.</source>
        <translation>请在应用的 conf 中设置 %1；使用 ${secret:NAME} 引用可以不把它写进文件。</translation>
    </message>
    <message>
        <source>App %1: no password for PostgreSQL user %2</source>
        <translation>应用 %1：PostgreSQL 用户 %2 没有密码</translation>
    </message>
    <message>
        <source>Set %1 in the app&apos;s conf, or the user&apos;s password in the cluster&apos;s pg_users.</source>
        <translation>请在应用的 conf 中设置 %1，或在集群的 pg_users 中设置该用户的密码。</translation>
    </message>
    <message>
        <source>App %1: %2 must be a port number (1-65535)</source>
        <translation>应用 %1：%2 必须是端口号（1-65535）</translation>
    </message>
    <message>
        <source>Change it in the app&apos;s conf.</source>
        <translation>请在应用的 conf 中修改。</translation>
    </message>
    <message>
        <source>App %1: %2 must be an absolute directory on the host</source>
        <translation>应用 %1：%2 必须是主机上的绝对路径目录</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ - @ + between the slashes, like /data/%1.</source>
        <translation>斜杠之间请只用字母、数字和 . _ - @ +，例如 /data/%1。</translation>
    </message>
    <message>
        <source>an image reference like registry/name:tag</source>
        <translation>形如 registry/name:tag 的镜像引用</translation>
    </message>
    <message>
        <source>App %1: %2 must be %3</source>
        <translation>应用 %1：%2 必须是%3</translation>
    </message>
    <message>
        <source>App %1: the value of %2 cannot be written to .env: %3</source>
        <translation>应用 %1：%2 的值无法写入 .env：%3</translation>
    </message>
    <message>
        <source>Change the value in the app&apos;s conf (or the secret it refers to).</source>
        <translation>请修改应用 conf 中的值（或它引用的密钥）。</translation>
    </message>
    <message>
        <source>App %1: the file entry %2 needs an absolute path and an octal mode like 0755</source>
        <translation>应用 %1：file 条目 %2 需要绝对路径和形如 0755 的八进制权限</translation>
    </message>
</context>
<context>
    <name>stackyard::AppRenderer</name>
    <message>
        <source>Stackyard has no template for the app %1</source>
        <translation>Stackyard 没有应用 %1 的模板</translation>
    </message>
    <message>
        <source>Stackyard can provision these apps: %1.</source>
        <translation>Stackyard 可以部署这些应用：%1。</translation>
    </message>
    <message>
        <source>App %1: its directory %2 is not an absolute path Stackyard can use</source>
        <translation>应用 %1：其目录 %2 不是 Stackyard 可用的绝对路径</translation>
    </message>
    <message>
        <source>Set dest to a directory like /opt/%1 (letters, digits and . _ - @ +).</source>
        <translation>请把 dest 设为类似 /opt/%1 的目录（字母、数字和 . _ - @ +）。</translation>
    </message>
    <message>
        <source>App %1: %2 cannot name a compose project</source>
        <translation>应用 %1：%2 不能作为 compose 项目名</translation>
    </message>
    <message>
        <source>The directory&apos;s last part must start with a letter or digit and hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>目录的最后一段必须以字母或数字开头，且只含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Docker is installed</source>
        <translation>已安装 Docker</translation>
    </message>
    <message>
        <source>Docker is not installed on %1: there is no docker command</source>
        <translation>%1 上没有安装 Docker：找不到 docker 命令</translation>
    </message>
    <message>
        <source>Install Docker Engine on the host (Debian: apt-get install docker.io), or run Pigsty&apos;s docker.yml for it.</source>
        <translation>请在该主机上安装 Docker Engine（Debian：apt-get install docker.io），或为它运行 Pigsty 的 docker.yml。</translation>
    </message>
    <message>
        <source>The Docker engine answers</source>
        <translation>Docker 引擎有响应</translation>
    </message>
    <message>
        <source>The Docker engine on %1 does not answer: docker info failed</source>
        <translation>%1 上的 Docker 引擎没有响应：docker info 失败</translation>
    </message>
    <message>
        <source>Start it (systemctl start docker) and make sure the SSH user may use it: a member of the docker group, or ansible_become.</source>
        <translation>请启动它（systemctl start docker），并确认 SSH 用户有权使用：属于 docker 组，或设置 ansible_become。</translation>
    </message>
    <message>
        <source>docker compose or docker-compose is installed</source>
        <translation>已安装 docker compose 或 docker-compose</translation>
    </message>
    <message>
        <source>Neither docker compose nor docker-compose is installed on %1</source>
        <translation>%1 上既没有 docker compose 也没有 docker-compose</translation>
    </message>
    <message>
        <source>Install the compose plugin (docker-compose-plugin) or docker-compose on the host.</source>
        <translation>请在该主机上安装 compose 插件（docker-compose-plugin）或 docker-compose。</translation>
    </message>
</context>
<context>
    <name>stackyard::AppStack</name>
    <message>
        <source>App %1 (%2) of group %3 on %4</source>
        <translation>应用 %1（%2），分组 %3，主机 %4</translation>
    </message>
    <message>
        <source>Compose project %1 in %2</source>
        <translation>Compose 项目 %1，目录 %2</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>Directories:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>属主 %1</translation>
    </message>
    <message>
        <source>File %1/%2, mode %3</source>
        <translation>文件 %1/%2，权限 %3</translation>
    </message>
    <message>
        <source>secret values masked</source>
        <translation>敏感值已隐藏</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>Ready when %1 answers 200</source>
        <translation>%1 返回 200 即就绪</translation>
    </message>
</context>
<context>
    <name>stackyard::AppTemplate</name>
    <message>
        <source>This is a defect of Stackyard&apos;s app template; please report it.</source>
        <translation>这是 Stackyard 应用模板的缺陷，请报告它。</translation>
    </message>
    <message>
        <source>Stackyard has no app template %1</source>
        <translation>Stackyard 没有应用模板 %1</translation>
    </message>
    <message>
        <source>This is a defect of the build: the app templates are compiled into Stackyard.</source>
        <translation>这是构建的缺陷：应用模板应编译进 Stackyard。</translation>
    </message>
    <message>
        <source>&apos;#@if&apos; inside another &apos;#@if&apos; block</source>
        <translation>“#@if”嵌套在另一个“#@if”块中</translation>
    </message>
    <message>
        <source>&apos;#@end&apos; without &apos;#@if&apos;</source>
        <translation>“#@end”没有对应的“#@if”</translation>
    </message>
    <message>
        <source>No value for {{%1}}</source>
        <translation>{{%1}} 没有值</translation>
    </message>
    <message>
        <source>&apos;#@if&apos; without &apos;#@end&apos;</source>
        <translation>“#@if”没有对应的“#@end”</translation>
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
    <name>stackyard::ChangedHostKeyDialog</name>
    <message>
        <source>line %1 of %2</source>
        <translation>%2 的第 %1 行</translation>
    </message>
    <message>
        <source>Host key changed: connection refused</source>
        <translation>主机密钥已变更：已拒绝连接</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host was reinstalled. Stackyard refused to connect.</source>
        <translation>%1 的主机密钥与您之前信任的不同。可能有人正在拦截连接，或者该主机已重装。Stackyard 已拒绝连接。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Known key:</source>
        <translation>已知密钥：</translation>
    </message>
    <message>
        <source>Offered key (%1):</source>
        <translation>服务器提供的密钥（%1）：</translation>
    </message>
    <message>
        <source>Known key is at:</source>
        <translation>已知密钥位于：</translation>
    </message>
    <message>
        <source>Only if you know the host was reinstalled, and the administrator confirms the offered fingerprint, remove that line, for example with:</source>
        <translation>仅当您确认该主机已重装，且管理员确认了新提供的指纹时，才删除该行，例如使用：</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
</context>
<context>
    <name>stackyard::DifyRecipe</name>
    <message>
        <source>App %1: SECRET_KEY is not set</source>
        <translation>应用 %1：没有设置 SECRET_KEY</translation>
    </message>
    <message>
        <source>Set SECRET_KEY in the app&apos;s conf to a ${secret:NAME} reference (the New App wizard creates one); Stackyard also derives the stack&apos;s internal keys from it.</source>
        <translation>请在应用的 conf 中把 SECRET_KEY 设为 ${secret:NAME} 引用（新建应用向导会创建一个）；Stackyard 也由它派生栈内部使用的密钥。</translation>
    </message>
    <message>
        <source>App %1: Dify needs the inventory&apos;s PostgreSQL</source>
        <translation>应用 %1：Dify 需要清单中的 PostgreSQL</translation>
    </message>
    <message>
        <source>Set DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD and DB_DATABASE in the app&apos;s conf (the New App wizard fills them in from a cluster).</source>
        <translation>请在应用的 conf 中设置 DB_HOST、DB_PORT、DB_USERNAME、DB_PASSWORD 和 DB_DATABASE（新建应用向导会根据集群填写）。</translation>
    </message>
    <message>
        <source>App %1: %2 is empty</source>
        <translation>应用 %1：%2 为空</translation>
    </message>
    <message>
        <source>Set it in the app&apos;s conf to the PostgreSQL user and database Dify uses.</source>
        <translation>请在应用的 conf 中把它设为 Dify 使用的 PostgreSQL 用户和数据库。</translation>
    </message>
    <message>
        <source>host names separated by spaces (or _ for any)</source>
        <translation>以空格分隔的主机名（或用 _ 表示任意）</translation>
    </message>
    <message>
        <source>auto or a number</source>
        <translation>auto 或一个数字</translation>
    </message>
    <message>
        <source>a size like 100M</source>
        <translation>形如 100M 的大小</translation>
    </message>
    <message>
        <source>a duration like 65 or 65s</source>
        <translation>形如 65 或 65s 的时长</translation>
    </message>
    <message>
        <source>a duration like 3600s</source>
        <translation>形如 3600s 的时长</translation>
    </message>
</context>
<context>
    <name>stackyard::EffectiveVariablesModel</name>
    <message>
        <source>Overrides: %1</source>
        <translation>覆盖了：%1</translation>
    </message>
    <message>
        <source>host (%1, line %2)</source>
        <translation>主机（%1，第 %2 行）</translation>
    </message>
    <message>
        <source>group %1, line %2</source>
        <translation>分组 %1，第 %2 行</translation>
    </message>
    <message>
        <source>all.vars, line %1</source>
        <translation>all.vars，第 %1 行</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>stackyard::EnvFile</name>
    <message>
        <source>it contains a line break or another control character, and a .env value ends at the line&apos;s end</source>
        <translation>它含有换行或其他控制字符，而 .env 的值在行尾结束</translation>
    </message>
    <message>
        <source>it contains &quot;${&quot;, which docker-compose expands as a variable even inside quotes</source>
        <translation>它含有“${”，docker-compose 即使在引号内也会把它当作变量展开</translation>
    </message>
    <message>
        <source>it contains a &apos;$&apos; together with a single quote or a backslash, which docker compose would read differently from docker-compose</source>
        <translation>它同时含有“$”和单引号或反斜杠，docker compose 与 docker-compose 会读成不同的值</translation>
    </message>
    <message>
        <source>it ends with a backslash after a quote or backslash, which docker compose would read as an escaped closing quote</source>
        <translation>它在引号或反斜杠之后以反斜杠结尾，docker compose 会把它读成转义的结束引号</translation>
    </message>
</context>
<context>
    <name>stackyard::ExporterProbe</name>
    <message>
        <source>exporter: %1</source>
        <translation>exporter：%1</translation>
    </message>
</context>
<context>
    <name>stackyard::ExporterScrape</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>the exporter&apos;s answer is larger than %1 MiB</source>
        <translation>exporter 的应答大于 %1 MiB</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>stackyard::ExtensionsEditor</name>
    <message>
        <source>Extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Extension to create, e.g. vector</source>
        <translation>要创建的扩展，例如 vector</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>stackyard::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>stackyard::GuiPrompts</name>
    <message>
        <source>The keychain cannot be read while the window waits</source>
        <translation>窗口等待期间无法读取钥匙串</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Could not remember the secret in the keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Could not read the secret %1 from the keychain: %2</source>
        <translation>无法从钥匙串读取密钥 %1：%2</translation>
    </message>
</context>
<context>
    <name>stackyard::HbaRulesForm</name>
    <message>
        <source>Add HBA rule</source>
        <translation>添加 HBA 规则</translation>
    </message>
    <message>
        <source>Remove HBA rule %1</source>
        <translation>删除 HBA 规则 %1</translation>
    </message>
    <message>
        <source>HBA rules of %1</source>
        <translation>%1 的 HBA 规则</translation>
    </message>
    <message>
        <source>Who may connect from where, and how. Rules are sorted by order; rules without an order come after the ordered ones (Pigsty&apos;s own rules use 100–650). Apply them with bin/pgsql-hba %1.</source>
        <translation>谁可以从哪里、以何种方式连接。规则按 order 排序；没有 order 的规则排在有 order 的规则之后（Pigsty 自带的规则使用 100–650）。用 bin/pgsql-hba %1 使其生效。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>stackyard::HbaRulesModel</name>
    <message>
        <source>(raw lines)</source>
        <translation>（原始行）</translation>
    </message>
    <message>
        <source>Not set: all</source>
        <translation>未设置：all</translation>
    </message>
    <message>
        <source>Not set: pwd</source>
        <translation>未设置：pwd</translation>
    </message>
    <message>
        <source>Not set: after every rule that has an order</source>
        <translation>未设置：排在所有带 order 的规则之后</translation>
    </message>
    <message>
        <source>Not set: default (every instance)</source>
        <translation>未设置：default（所有实例）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>stackyard::HealthDetail</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Back to all clusters, apps and hosts</source>
        <translation>返回所有集群、应用和主机</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the charts to look at them; polling goes on</source>
        <translation>冻结图表以便查看；轮询继续进行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Polled</source>
        <translation>轮询时间</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>告警阈值</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>stackyard::HealthOverview</name>
    <message>
        <source>Filter by name, kind or figure…</source>
        <translation>按名称、类型或指标筛选…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅问题</translation>
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
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>最差优先</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>%1 up · %2 degraded · %3 down · %4 unknown</source>
        <translation>%1 正常 · %2 降级 · %3 宕机 · %4 未知</translation>
    </message>
</context>
<context>
    <name>stackyard::HealthOverviewModel</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation>%1/%2 正常</translation>
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
        <source>Open an inventory: each PostgreSQL and Redis instance, app endpoint and host is polled and shown green, amber or red, with live charts of transactions, connections, replication lag, Redis operations and memory, CPU, disk and HTTP latency, and alerts when something crosses a threshold.</source>
        <translation>打开一个清单：每个 PostgreSQL 和 Redis 实例、应用端点和主机都会被轮询，并以绿色、琥珀色或红色显示，附带事务、连接、复制延迟、Redis 操作与内存、CPU、磁盘和 HTTP 延迟的实时图表，超过阈值时发出告警。</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即轮询</translation>
    </message>
    <message>
        <source>Poll every target now instead of waiting for the next interval</source>
        <translation>立即轮询所有目标，而不等待下一个间隔</translation>
    </message>
    <message>
        <source>Alert Rules…</source>
        <translation>告警规则…</translation>
    </message>
    <message>
        <source>Thresholds and durations of the alerts</source>
        <translation>告警的阈值和持续时间</translation>
    </message>
    <message>
        <source>Stackyard: %1</source>
        <translation>Stackyard：%1</translation>
    </message>
    <message>
        <source>Stackyard: cleared</source>
        <translation>Stackyard：已清除</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — 自 %2 起</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n active</source>
        <translation>
            <numerusform>告警：%n 条活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none active</source>
        <translation>告警：无活动告警</translation>
    </message>
    <message>
        <source>Nothing to poll: the inventory has no PostgreSQL or Redis instance, app or host.</source>
        <translation>没有可轮询的对象：清单中没有 PostgreSQL 或 Redis 实例、应用或主机。</translation>
    </message>
    <message>
        <source>from Prometheus at %1</source>
        <translation>来自 %1 的 Prometheus</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s), polled every %1 s</source>
        <translation>
            <numerusform>%n 个目标，每 %1 秒轮询一次</numerusform>
        </translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>上次轮询 %1</translation>
    </message>
</context>
<context>
    <name>stackyard::HostCheck</name>
    <message>
        <source>The check was cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>Not checked: cancelled</source>
        <translation>未检查：已取消</translation>
    </message>
</context>
<context>
    <name>stackyard::HostCheckModel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可连接</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms (connect %2 ms)</source>
        <translation>%1 毫秒（连接 %2 毫秒）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>none (this machine, no SSH)</source>
        <translation>无（本机，不使用 SSH）</translation>
    </message>
    <message>
        <source>(trusted just now)</source>
        <translation>（刚刚信任）</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n 个 CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>yes (no password needed)</source>
        <translation>是（无需密码）</translation>
    </message>
    <message>
        <source>yes (with the become password)</source>
        <translation>是（使用提权密码）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Remote/library message: %1</source>
        <translation>远程/库消息：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>stackyard::HostCheckPanel</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>是 — %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>yes, but a later step failed</source>
        <translation>是，但后续步骤失败</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connects to this host (as Provision would) and reports what it finds. Nothing is changed on the host.</source>
        <translation>像部署时一样连接此主机并报告检查结果。不会对主机做任何更改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reachable:</source>
        <translation>可连接：</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>主机密钥：</translation>
    </message>
    <message>
        <source>OS:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>内核：</translation>
    </message>
    <message>
        <source>CPU / RAM:</source>
        <translation>CPU / 内存：</translation>
    </message>
    <message>
        <source>sudo:</source>
        <translation>sudo：</translation>
    </message>
</context>
<context>
    <name>stackyard::HostKeyDialog</name>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel (do not connect)</source>
        <translation>取消（不连接）</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>Stackyard has never connected to %1 and cannot confirm it is the host you mean. Compare the fingerprint below with the one the host&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host). Trust it only if they match.</source>
        <translation>Stackyard 从未连接过 %1，无法确认它就是您要连接的主机。请将下面的指纹与主机管理员提供的指纹（在主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub）进行比对，只有两者一致时才信任它。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Trusting adds it to:</source>
        <translation>信任后将写入：</translation>
    </message>
</context>
<context>
    <name>stackyard::HostProbe</name>
    <message>
        <source>no transport to reach the host</source>
        <translation>没有可连接该主机的传输方式</translation>
    </message>
    <message>
        <source>the host statistics command ended with %1</source>
        <translation>主机统计命令以 %1 结束</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>有应答</translation>
    </message>
    <message>
        <source>node_exporter: %1</source>
        <translation>node_exporter：%1</translation>
    </message>
    <message>
        <source>%1; figures from node_exporter</source>
        <translation>%1；指标来自 node_exporter</translation>
    </message>
</context>
<context>
    <name>stackyard::HttpProbe</name>
    <message>
        <source>not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
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
    <name>stackyard::InventoryEdits</name>
    <message>
        <source>The change of %1 would not be valid YAML</source>
        <translation>对 %1 的修改会产生无效的 YAML</translation>
    </message>
    <message>
        <source>No inventory is open</source>
        <translation>未打开清单</translation>
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
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 已被其他程序修改。</translation>
    </message>
    <message>
        <source>Reloading drops your unsaved changes.</source>
        <translation>重新加载会丢弃你未保存的修改。</translation>
    </message>
    <message>
        <source>Reload to see the new version.</source>
        <translation>重新加载以查看新版本。</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s) — click one to go to its line</source>
        <translation>问题：%1 个错误，%2 个警告——点击可跳转到对应行</translation>
    </message>
    <message>
        <source>Filter clusters, hosts, users, databases…</source>
        <translation>筛选集群、主机、用户、数据库…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Select a cluster, host, user, database or rule in the tree to edit it here.</source>
        <translation>在树中选择集群、主机、用户、数据库或规则，即可在此编辑。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Provision %1…</source>
        <translation>部署 %1…</translation>
    </message>
    <message>
        <source>Provision user %1…</source>
        <translation>部署用户 %1…</translation>
    </message>
    <message>
        <source>Provision database %1…</source>
        <translation>部署数据库 %1…</translation>
    </message>
    <message>
        <source>Provision %1 on %2…</source>
        <translation>在 %2 上部署 %1…</translation>
    </message>
    <message>
        <source>Test all hosts…</source>
        <translation>测试所有主机…</translation>
    </message>
    <message>
        <source>Connects to every host of the inventory and reports reachability, latency, authentication, OS, kernel, CPU/RAM and sudo (%1)</source>
        <translation>连接清单中的每台主机，报告可连接性、延迟、认证方式、操作系统、内核、CPU/内存和 sudo（%1）</translation>
    </message>
    <message>
        <source>Select a cluster, user, database or host to provision it</source>
        <translation>选择一个集群、用户、数据库或主机以部署它</translation>
    </message>
</context>
<context>
    <name>stackyard::InventorySession</name>
    <message>
        <source>No inventory is open</source>
        <translation>未打开清单</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>编辑 YAML</translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 个集群</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>%1 · seq %2</source>
        <translation>%1 · 序号 %2</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主实例</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>HBA rules</source>
        <translation>HBA 规则</translation>
    </message>
    <message>
        <source>Global variables</source>
        <translation>全局变量</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) here</source>
        <translation>
            <numerusform>此处有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>stackyard::InventoryWizard</name>
    <message>
        <source>Nothing is stored in the keychain. Before provisioning, store these secrets with &quot;stackyardctl secret set NAME&quot;: %1.</source>
        <translation>不会向钥匙串存储任何内容。部署之前，请用 &quot;stackyardctl secret set NAME&quot; 存储以下密钥：%1。</translation>
    </message>
    <message>
        <source>Finish stores these secrets in the keychain first; the inventory only refers to them: %1.</source>
        <translation>“完成”会先将以下密钥存入钥匙串，清单中只引用它们：%1。</translation>
    </message>
    <message>
        <source>These secrets are referred to but not known here; store them with &quot;stackyardctl secret set NAME&quot;: %1.</source>
        <translation>以下密钥已被引用，但此处不知道其值；请用 &quot;stackyardctl secret set NAME&quot; 存储：%1。</translation>
    </message>
    <message>
        <source>Storing secrets in the keychain… %1 of %2</source>
        <translation>正在将密钥存入钥匙串… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Cannot change the inventory</source>
        <translation>无法修改清单</translation>
    </message>
    <message>
        <source>Cannot store a secret</source>
        <translation>无法存储密钥</translation>
    </message>
    <message>
        <source>The secret %1 could not be stored in the keychain: %2</source>
        <translation>无法将密钥 %1 存入钥匙串：%2</translation>
    </message>
    <message>
        <source>Nothing was added to the inventory. You can add it now with the ${secret:…} references alone and store the secrets later with &quot;stackyardctl secret set NAME&quot;; until then, provisioning stops at the first missing secret.</source>
        <translation>清单中未添加任何内容。你可以现在只用 ${secret:…} 引用来添加，稍后再用 &quot;stackyardctl secret set NAME&quot; 存储密钥；在此之前，部署会在遇到第一个缺失的密钥时停止。</translation>
    </message>
    <message>
        <source>Add with References Only</source>
        <translation>仅以引用添加</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; may only hold letters, digits and &apos;-&apos;.</source>
        <translation>名称 &quot;%1&quot; 只能包含字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved; choose another name.</source>
        <translation>&quot;%1&quot; 是保留名称；请换一个名称。</translation>
    </message>
    <message>
        <source>The inventory already has a group named &quot;%1&quot;.</source>
        <translation>清单中已有名为 &quot;%1&quot; 的分组。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must start with a lower-case letter or &apos;_&apos; and hold only lower-case letters, digits, &apos;_&apos;, &apos;@&apos;, &apos;.&apos; and &apos;-&apos; (at most 63).</source>
        <translation>用户名 &quot;%1&quot; 必须以小写字母或 &apos;_&apos; 开头，且只能包含小写字母、数字、&apos;_&apos;、&apos;@&apos;、&apos;.&apos; 和 &apos;-&apos;（最多 63 个字符）。</translation>
    </message>
    <message>
        <source>&quot;postgres&quot; is the database superuser; choose another name.</source>
        <translation>&quot;postgres&quot; 是数据库超级用户；请换一个名称。</translation>
    </message>
    <message>
        <source>The keychain name &quot;%1&quot; may only hold letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos; (1 to 200).</source>
        <translation>钥匙串名称 &quot;%1&quot; 只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;/&apos; 和 &apos;-&apos;（1 到 200 个字符）。</translation>
    </message>
    <message>
        <source>Enter at least one host address.</source>
        <translation>请至少输入一个主机地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; Pigsty inventories key their hosts by IPv4 address.</source>
        <translation>&quot;%1&quot; 不是 IPv4 地址；Pigsty 清单以 IPv4 地址作为主机的键。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出了。</translation>
    </message>
    <message>
        <source>%1 is already in the group %2: a host may be in only one group of each module.</source>
        <translation>%1 已在分组 %2 中：在每个模块中，一台主机只能属于一个分组。</translation>
    </message>
</context>
<context>
    <name>stackyard::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>stackyard::LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
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
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an inventory: follow PostgreSQL, Redis, nginx, app and journal logs of any of its hosts as they are written, filter by text, regular expression and level, merge several sources by time, and export what you found.</source>
        <translation>打开一个清单：实时跟踪其任意主机上的 PostgreSQL、Redis、nginx、应用和 journal 日志，按文本、正则表达式和级别筛选，按时间合并多个来源，并导出找到的内容。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>Follow the chosen source: its last lines, then everything written to it</source>
        <translation>跟踪所选来源：先显示最后几行，然后显示所有新写入的内容</translation>
    </message>
    <message>
        <source>Sources being followed</source>
        <translation>正在跟踪的来源</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop following the selected sources (their lines stay)</source>
        <translation>停止跟踪所选来源（已有的行保留）</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Text the lines contain</source>
        <translation>行中包含的文本</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>正则(&amp;X)</translation>
    </message>
    <message>
        <source>The filter is a regular expression (Perl syntax)</source>
        <translation>筛选条件为正则表达式（Perl 语法）</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Scroll to new lines</source>
        <translation>滚动到新行</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Hold new lines back (they are kept) until Pause is released</source>
        <translation>暂缓显示新行（它们会被保留），直到取消暂停</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the lines the filter shows to a file</source>
        <translation>将筛选显示的行写入文件</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>The most lines kept in memory; the oldest go first</source>
        <translation>内存中保留的最多行数；最旧的先被丢弃</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Journal of a unit…</source>
        <translation>某个单元的 journal…</translation>
    </message>
    <message>
        <source>Follow a file</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <source>Follow a journal</source>
        <translation>跟踪 journal</translation>
    </message>
    <message>
        <source>Absolute path of the log file on %1:</source>
        <translation>%1 上日志文件的绝对路径：</translation>
    </message>
    <message>
        <source>systemd unit on %1:</source>
        <translation>%1 上的 systemd 单元：</translation>
    </message>
    <message>
        <source>Give an absolute path (it is read on %1).</source>
        <translation>请给出绝对路径（在 %1 上读取）。</translation>
    </message>
    <message>
        <source>%1 on %2 is already followed.</source>
        <translation>%2 上的 %1 已在跟踪中。</translation>
    </message>
    <message>
        <source>Following %1 on %2…</source>
        <translation>正在跟踪 %2 上的 %1…</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — 失败</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — 已停止</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the lines shown.</source>
        <translation>显示的行中没有“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the filtered lines</source>
        <translation>导出筛选后的行</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n line(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 行导出到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2 lines (keeps %3)</source>
        <translation>显示 %1 行，共 %2 行（保留 %3 行）</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 行等待中</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>筛选中…</translation>
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
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>%1[*] — Stackyard</source>
        <translation>%1[*] — Stackyard</translation>
    </message>
    <message>
        <source>Save Inventory As</source>
        <translation>清单另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前要先保存吗？</translation>
    </message>
    <message>
        <source>Cannot save the inventory</source>
        <translation>无法保存清单</translation>
    </message>
    <message>
        <source>&amp;New Inventory…</source>
        <translation>新建清单(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an inventory from a template: single node, HA PostgreSQL, AI stack</source>
        <translation>从模板创建清单：单节点、高可用 PostgreSQL、AI 应用栈</translation>
    </message>
    <message>
        <source>&amp;Import Pigsty Configuration…</source>
        <translation>导入 Pigsty 配置(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a Pigsty configuration file (pigsty.yml or conf/*.yml) as it is</source>
        <translation>按原样打开 Pigsty 配置文件（pigsty.yml 或 conf/*.yml）</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>清单(&amp;I)</translation>
    </message>
    <message>
        <source>New &amp;PostgreSQL Cluster…</source>
        <translation>新建 PostgreSQL 集群(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;Redis Cluster…</source>
        <translation>新建 Redis 集群(&amp;R)…</translation>
    </message>
    <message>
        <source>New &amp;App…</source>
        <translation>新建应用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move Passwords to the Keychain…</source>
        <translation>将密码移至钥匙串(&amp;M)…</translation>
    </message>
    <message>
        <source>Store the inventory&apos;s plain-text passwords in the system keychain</source>
        <translation>将清单中的明文密码存入系统钥匙串</translation>
    </message>
    <message>
        <source>Import Pigsty Configuration</source>
        <translation>导入 Pigsty 配置</translation>
    </message>
    <message>
        <source>Pigsty configurations (*.yml *.yaml);;All files (*)</source>
        <translation>Pigsty 配置 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n password(s) to the keychain</source>
        <translation>
            <numerusform>已将 %n 个密码移至钥匙串</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;vision Selected…</source>
        <translation>部署所选项(&amp;V)…</translation>
    </message>
    <message>
        <source>Plan the provisioning of the cluster, user, database or host selected in the tree</source>
        <translation>为树中选中的集群、用户、数据库或主机生成部署计划</translation>
    </message>
</context>
<context>
    <name>stackyard::MoveSecretsDialog</name>
    <message>
        <source>The name in the keychain; the inventory will say %1</source>
        <translation>钥匙串中的名称；清单中将写为 %1</translation>
    </message>
    <message>
        <source>The value stays hidden.</source>
        <translation>值保持隐藏。</translation>
    </message>
    <message>
        <source>No plain-text passwords: every password of this inventory is a keychain reference, a hash or empty.</source>
        <translation>没有明文密码：此清单中的每个密码都是钥匙串引用、哈希值或空值。</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) selected. Double-click a keychain name to change it.</source>
        <translation>
            <numerusform>已选择 %n 个密码。双击钥匙串名称可修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory changed since the passwords were listed; the list is updated. Check it and try again.</source>
        <translation>列出密码之后清单发生了变化，列表已更新。请检查后重试。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid keychain name (1 to 200 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;).</source>
        <translation>第 %1 行：&quot;%2&quot; 不是有效的钥匙串名称（1 到 200 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;/&apos; 或 &apos;-&apos;）。</translation>
    </message>
    <message>
        <source>Line %1: the name %2 is already used for a different password in this list; give it another name.</source>
        <translation>第 %1 行：名称 %2 已被此列表中另一个不同的密码使用；请换一个名称。</translation>
    </message>
    <message>
        <source>Storing in the keychain… %1 of %2</source>
        <translation>正在存入钥匙串… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Nothing in the inventory was changed: the secret %1 could not be stored (%2).</source>
        <translation>清单未作任何修改：无法存储密钥 %1（%2）。</translation>
    </message>
    <message>
        <source>The passwords are stored in the keychain, but the inventory changed meanwhile, so it was not touched. Check the updated list and move them again (the keychain already holds them).</source>
        <translation>密码已存入钥匙串，但清单在此期间发生了变化，因此没有改动清单。请检查更新后的列表，然后再次移动（钥匙串中已有这些密码）。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n password(s) to the keychain</source>
        <translation>
            <numerusform>将 %n 个密码移至钥匙串</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords are stored in the keychain, but the inventory could not be changed: %1</source>
        <translation>密码已存入钥匙串，但无法修改清单：%1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n password(s) to the keychain. The inventory now refers to them; save it to keep the change.</source>
        <translation>
            <numerusform>已将 %n 个密码移至钥匙串。清单现在引用这些密码；请保存清单以保留此修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Passwords to the Keychain</source>
        <translation>将密码移至钥匙串</translation>
    </message>
    <message>
        <source>These passwords are written in the inventory in plain text. Move stores each one in the system keychain and then replaces it in the file by a ${secret:NAME} reference — all in one step you can undo. If the keychain refuses any of them, the file is left as it is.</source>
        <translation>以下密码以明文写在清单中。“移至钥匙串”会把每个密码存入系统钥匙串，再在文件中将其替换为 ${secret:NAME} 引用——整个过程作为一步完成，可以撤销。只要钥匙串拒绝其中任何一个，文件就保持原样。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation>钥匙串名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Move to Keychain</source>
        <translation>移至钥匙串(&amp;M)</translation>
    </message>
</context>
<context>
    <name>stackyard::NamedListForm</name>
    <message>
        <source>Type the name of the new item first</source>
        <translation>请先输入新条目的名称</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 已在列表中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>stackyard::NewAppWizard</name>
    <message>
        <source>Enter the IPv4 address of the host the app runs on.</source>
        <translation>请输入运行该应用的主机的 IPv4 地址。</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path below / (for example %1).</source>
        <translation>数据目录必须是 / 下的绝对路径（例如 %1）。</translation>
    </message>
    <message>
        <source>The inventory has no PostgreSQL cluster. Add one first (Inventory ▸ New PostgreSQL Cluster…).</source>
        <translation>清单中没有 PostgreSQL 集群。请先添加一个（清单 ▸ 新建 PostgreSQL 集群…）。</translation>
    </message>
    <message>
        <source>Choose the database and the user the app connects as.</source>
        <translation>请选择应用连接时使用的数据库和用户。</translation>
    </message>
    <message>
        <source>%1 already has a user %2; use it, or choose another name.</source>
        <translation>%1 中已有用户 %2；请直接使用它，或换一个名称。</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; must start with a letter or &apos;_&apos; and hold only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>数据库名 &quot;%1&quot; 必须以字母或 &apos;_&apos; 开头，且只能包含字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;。</translation>
    </message>
    <message>
        <source>%1 already has a database %2; use it, or choose another name.</source>
        <translation>%1 中已有数据库 %2；请直接使用它，或换一个名称。</translation>
    </message>
    <message>
        <source>New app %1</source>
        <translation>新建应用 %1</translation>
    </message>
    <message>
        <source>New App</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>A compose stack on one host. Its settings become the stack&apos;s .env file.</source>
        <translation>单台主机上的一个 compose 栈。这些设置将写入该栈的 .env 文件。</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用(&amp;A)：</translation>
    </message>
    <message>
        <source>Dify</source>
        <translation>Dify</translation>
    </message>
    <message>
        <source>Open WebUI</source>
        <translation>Open WebUI</translation>
    </message>
    <message>
        <source>&amp;Group name:</source>
        <translation>分组名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Database and cache</source>
        <translation>数据库与缓存</translation>
    </message>
    <message>
        <source>The app keeps its data and its vectors (pgvector) in a PostgreSQL cluster of this inventory.</source>
        <translation>应用将数据和向量（pgvector）保存在此清单的某个 PostgreSQL 集群中。</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;cluster:</source>
        <translation>PostgreSQL 集群(&amp;C)：</translation>
    </message>
    <message>
        <source>Use an existing database and user</source>
        <translation>使用现有的数据库和用户</translation>
    </message>
    <message>
        <source>Create a database and a user for the app</source>
        <translation>为应用创建数据库和用户</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>New data&amp;base:</source>
        <translation>新数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>New u&amp;ser:</source>
        <translation>新用户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Redis:</source>
        <translation>Redis(&amp;R)：</translation>
    </message>
    <message>
        <source>Redis inside the Dify stack</source>
        <translation>Dify 栈自带的 Redis</translation>
    </message>
    <message>
        <source>Finish adds the user %1 with a generated password (kept in the keychain as %2), the database %3 with pgvector and HBA rules for it to %4.</source>
        <translation>“完成”会向 %4 添加用户 %1（使用生成的密码，以 %2 保存在钥匙串中）、带 pgvector 的数据库 %3，以及相应的 HBA 规则。</translation>
    </message>
    <message>
        <source>The inventory does not hold %1&apos;s password itself (it is a hash or missing): the app refers to %2; store the password there with &quot;stackyardctl secret set %2&quot;.</source>
        <translation>清单中没有 %1 的密码本身（只有哈希值或缺失）：应用将引用 %2；请用 &quot;stackyardctl secret set %2&quot; 把密码存到那里。</translation>
    </message>
    <message>
        <source>%1&apos;s password is written in the inventory in plain text: Finish stores it in the keychain as %2 and writes the reference in its place.</source>
        <translation>%1 的密码以明文写在清单中：“完成”会将其以 %2 存入钥匙串，并在原处写入引用。</translation>
    </message>
    <message>
        <source>The app uses %1&apos;s password from the keychain (%2).</source>
        <translation>应用使用钥匙串中 %1 的密码（%2）。</translation>
    </message>
    <message>
        <source>new app group %1</source>
        <translation>新建应用分组 %1</translation>
    </message>
    <message>
        <source>%1 app</source>
        <translation>%1 应用</translation>
    </message>
    <message>
        <source>%1: new user %2</source>
        <translation>%1：新用户 %2</translation>
    </message>
    <message>
        <source>%1 data and vectors</source>
        <translation>%1 的数据和向量</translation>
    </message>
    <message>
        <source>%1: new database %2</source>
        <translation>%1：新数据库 %2</translation>
    </message>
    <message>
        <source>Dify plugin daemon</source>
        <translation>Dify 插件守护进程</translation>
    </message>
    <message>
        <source>%1: HBA rule for %2</source>
        <translation>%1：%2 的 HBA 规则</translation>
    </message>
    <message>
        <source>%1 from the intranet with a password</source>
        <translation>%1 从内网凭密码访问</translation>
    </message>
    <message>
        <source>%1 containers on this host with a password</source>
        <translation>%1 从本机容器凭密码访问</translation>
    </message>
    <message>
        <source>%1: the vector extension in %2</source>
        <translation>%1：%2 中的 vector 扩展</translation>
    </message>
    <message>
        <source>%1: install pgvector</source>
        <translation>%1：安装 pgvector</translation>
    </message>
    <message>
        <source>the plain-text password becomes %1</source>
        <translation>明文密码改为 %1</translation>
    </message>
</context>
<context>
    <name>stackyard::NewInventoryDialog</name>
    <message>
        <source>Single node</source>
        <translation>单节点</translation>
    </message>
    <message>
        <source>Everything on one server: infrastructure node, etcd, the PostgreSQL cluster pg-meta (one primary) and a standalone Redis. For a lab, a small team or a first deployment.</source>
        <translation>全部部署在一台服务器上：基础设施节点、etcd、PostgreSQL 集群 pg-meta（单个主库）和一个独立的 Redis。适合实验环境、小团队或首次部署。</translation>
    </message>
    <message>
        <source>Highly available PostgreSQL</source>
        <translation>高可用 PostgreSQL</translation>
    </message>
    <message>
        <source>Three servers: etcd on all three and the PostgreSQL cluster pg-main with a primary and two replicas (Patroni fails over), with example users, databases and HBA rules.</source>
        <translation>三台服务器：三台都运行 etcd，PostgreSQL 集群 pg-main 为一主两从（由 Patroni 自动故障切换），并附带示例用户、数据库和 HBA 规则。</translation>
    </message>
    <message>
        <source>AI stack: Dify and Open WebUI</source>
        <translation>AI 应用栈：Dify 与 Open WebUI</translation>
    </message>
    <message>
        <source>Dify and Open WebUI in docker compose on one server, keeping their data and vectors in PostgreSQL with pgvector and Dify&apos;s cache and queue in Redis.</source>
        <translation>在一台服务器上用 docker compose 运行 Dify 和 Open WebUI，数据和向量保存在带 pgvector 的 PostgreSQL 中，Dify 的缓存和队列放在 Redis 中。</translation>
    </message>
    <message>
        <source>New Inventory</source>
        <translation>新建清单</translation>
    </message>
    <message>
        <source>YAML inventories (*.yml *.yaml);;All files (*)</source>
        <translation>YAML 清单 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No password is written in the file: each is a ${secret:NAME} reference to the system keychain. &quot;stackyardctl secret check FILE&quot; lists the ones to store.</source>
        <translation>文件中不写入任何密码：每个密码都是指向系统钥匙串的 ${secret:NAME} 引用。&quot;stackyardctl secret check FILE&quot; 会列出需要存储的密码。</translation>
    </message>
    <message>
        <source>Enter the IPv4 address of the first server.</source>
        <translation>请输入第一台服务器的 IPv4 地址。</translation>
    </message>
    <message>
        <source>Choose the file to create.</source>
        <translation>请选择要创建的文件。</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>替换 %1？</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Replacing it loses what it holds now.</source>
        <translation>替换后，其现有内容将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>&amp;First server:</source>
        <translation>第一台服务器(&amp;F)：</translation>
    </message>
    <message>
        <source>Replaces 10.10.10.10 in the template (the other servers&apos; addresses stay as they are)</source>
        <translation>替换模板中的 10.10.10.10（其他服务器的地址保持不变）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>stackyard::NewPgClusterWizard</name>
    <message>
        <source>Use a password of at least 12 characters (Generate makes one of 24).</source>
        <translation>请使用至少 12 个字符的密码（“生成”会生成 24 个字符的密码）。</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; must start with a letter or &apos;_&apos; and hold only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>数据库名 &quot;%1&quot; 必须以字母或 &apos;_&apos; 开头，且只能包含字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; 或 &apos;@&apos;。</translation>
    </message>
    <message>
        <source>owner of the %1 database</source>
        <translation>%1 数据库的属主</translation>
    </message>
    <message>
        <source>%1 from the intranet with a password</source>
        <translation>%1 从内网凭密码访问</translation>
    </message>
    <message>
        <source>New PostgreSQL cluster %1</source>
        <translation>新建 PostgreSQL 集群 %1</translation>
    </message>
    <message>
        <source>New PostgreSQL Cluster</source>
        <translation>新建 PostgreSQL 集群</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>A PostgreSQL cluster managed by Patroni: one primary and any number of replicas.</source>
        <translation>由 Patroni 管理的 PostgreSQL 集群：一个主库，以及任意数量的从库。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>IPv4 addresses, separated by commas. The first host is the primary; the others are streaming replicas, numbered in this order (pg_seq 1, 2, …).</source>
        <translation>IPv4 地址，以逗号分隔。第一台主机为主库，其余为流复制从库，按此顺序编号（pg_seq 1, 2, …）。</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;version:</source>
        <translation>PostgreSQL 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>First user and database</source>
        <translation>首个用户和数据库</translation>
    </message>
    <message>
        <source>The password is generated here and stored in the system keychain under the keychain name; the inventory only refers to it by that name.</source>
        <translation>密码在此生成，并以钥匙串名称存入系统钥匙串；清单中只通过该名称引用它。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&amp;Keychain name:</source>
        <translation>钥匙串名称(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Install pgvector and enable the vector extension in the database</source>
        <translation>安装 pgvector，并在数据库中启用 vector 扩展</translation>
    </message>
    <message>
        <source>An HBA rule lets %1 connect to any database of the cluster from the intranet (intra) with a password.</source>
        <translation>一条 HBA 规则允许 %1 从内网（intra）凭密码连接该集群的任意数据库。</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>该用户</translation>
    </message>
</context>
<context>
    <name>stackyard::NewRedisClusterWizard</name>
    <message>
        <source>Enter at least one port.</source>
        <translation>请至少输入一个端口。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>&quot;%1&quot; 不是有效端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>Port %1 is listed twice.</source>
        <translation>端口 %1 重复列出了。</translation>
    </message>
    <message>
        <source>Write the memory limit as a number with KB, MB or GB, e.g. 256MB.</source>
        <translation>内存上限请写成数字加 KB、MB 或 GB，例如 256MB。</translation>
    </message>
    <message>
        <source>Use a password of at least 12 characters (Generate makes one of 24).</source>
        <translation>请使用至少 12 个字符的密码（“生成”会生成 24 个字符的密码）。</translation>
    </message>
    <message>
        <source>New Redis cluster %1</source>
        <translation>新建 Redis 集群 %1</translation>
    </message>
    <message>
        <source>New Redis Cluster</source>
        <translation>新建 Redis 集群</translation>
    </message>
    <message>
        <source>Redis cluster</source>
        <translation>Redis 集群</translation>
    </message>
    <message>
        <source>Redis instances on one host: a primary and, optionally, replicas of it.</source>
        <translation>同一主机上的 Redis 实例：一个主实例，以及可选的副本。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>One instance per port, separated by commas. The first is the primary; the others replicate it (replica_of).</source>
        <translation>每个端口一个实例，以逗号分隔。第一个为主实例，其余为它的副本（replica_of）。</translation>
    </message>
    <message>
        <source>&amp;Memory per instance:</source>
        <translation>每实例内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Require a password (requirepass and masterauth)</source>
        <translation>要求密码（requirepass 和 masterauth）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&amp;Keychain name:</source>
        <translation>钥匙串名称(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>stackyard::OpenWebUiRecipe</name>
    <message>
        <source>App %1: the PostgreSQL connection names no user or no database</source>
        <translation>应用 %1：PostgreSQL 连接没有指定用户或数据库</translation>
    </message>
    <message>
        <source>Set DATABASE_USER and DATABASE_NAME (or a complete DATABASE_URL) in the app&apos;s conf.</source>
        <translation>请在应用的 conf 中设置 DATABASE_USER 和 DATABASE_NAME（或完整的 DATABASE_URL）。</translation>
    </message>
</context>
<context>
    <name>stackyard::PasswordField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Replace it with a new random password of 24 letters and digits</source>
        <translation>替换为由 24 个字母和数字组成的新随机密码</translation>
    </message>
</context>
<context>
    <name>stackyard::PgClusterForm</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>继承：%1</translation>
    </message>
    <message>
        <source>none, e.g. pgvector, postgis</source>
        <translation>无，例如 pgvector, postgis</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n 个数据库</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL cluster %1</source>
        <translation>PostgreSQL 集群 %1</translation>
    </message>
    <message>
        <source>Cluster variables of group %1. An empty field is not set in the file: the value shown in grey applies. Clear a field to go back to it.</source>
        <translation>分组 %1 的集群变量。留空的字段不会写入文件，此时以灰色显示的值生效。清空字段即可恢复为该值。</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>集群名称：</translation>
    </message>
    <message>
        <source>PostgreSQL version:</source>
        <translation>PostgreSQL 版本：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>配置模板：</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <source>Backup repository:</source>
        <translation>备份仓库：</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>扩展：</translation>
    </message>
    <message>
        <source>The Patroni configuration template (pg_conf)</source>
        <translation>Patroni 配置模板（pg_conf）</translation>
    </message>
    <message>
        <source>pg_max_conn: a number, or auto (chosen from the template and the machine)</source>
        <translation>pg_max_conn：一个数字，或 auto（根据模板和机器自动选择）</translation>
    </message>
    <message>
        <source>pgbackrest_method: a repository of pgbackrest_repo</source>
        <translation>pgbackrest_method：pgbackrest_repo 中的一个仓库</translation>
    </message>
    <message>
        <source>pg_extensions: extension packages to install, separated by commas (package names, such as pgvector or postgis)</source>
        <translation>pg_extensions：要安装的扩展软件包，以逗号分隔（填写包名，例如 pgvector 或 postgis）</translation>
    </message>
</context>
<context>
    <name>stackyard::PgDatabaseForm</name>
    <message>
        <source>The database already has schema %1</source>
        <translation>该数据库已有模式 %1</translation>
    </message>
    <message>
        <source>Add schema %1</source>
        <translation>添加模式 %1</translation>
    </message>
    <message>
        <source>Remove schema %1</source>
        <translation>移除模式 %1</translation>
    </message>
    <message>
        <source>Remove extension %1</source>
        <translation>移除扩展 %1</translation>
    </message>
    <message>
        <source>the database superuser (default)</source>
        <translation>数据库超级用户（默认）</translation>
    </message>
    <message>
        <source>inherited: %1</source>
        <translation>继承：%1</translation>
    </message>
    <message>
        <source>business database %1</source>
        <translation>业务数据库 %1</translation>
    </message>
    <message>
        <source>(not set: create)</source>
        <translation>（未设置：create）</translation>
    </message>
    <message>
        <source>A database needs a name</source>
        <translation>数据库需要名称</translation>
    </message>
    <message>
        <source>An extension needs a name</source>
        <translation>扩展需要名称</translation>
    </message>
    <message>
        <source>Set %1 of extension %2</source>
        <translation>设置扩展 %2 的 %1</translation>
    </message>
    <message>
        <source>The database already has extension %1</source>
        <translation>该数据库已有扩展 %1</translation>
    </message>
    <message>
        <source>Add extension %1</source>
        <translation>添加扩展 %1</translation>
    </message>
    <message>
        <source>Database %1 of %2</source>
        <translation>%2 的数据库 %1</translation>
    </message>
    <message>
        <source>Apply changes with bin/pgsql-db %1 &lt;database&gt;. Empty fields are not set in the file; PostgreSQL or Pigsty chooses.</source>
        <translation>用 bin/pgsql-db %1 &lt;数据库&gt; 应用修改。留空的字段不写入文件，由 PostgreSQL 或 Pigsty 决定。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>属主：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Locale:</source>
        <translation>区域设置：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Pgbouncer:</source>
        <translation>Pgbouncer：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Schemas:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>扩展：</translation>
    </message>
    <message>
        <source>template1 (default)</source>
        <translation>template1（默认）</translation>
    </message>
    <message>
        <source>List the database in pgbouncer</source>
        <translation>在 pgbouncer 中列出此数据库</translation>
    </message>
    <message>
        <source>Checked: pgbouncer: true. Unchecked: pgbouncer: false. Partially checked: not set, so the database is listed in pgbouncer (the default).</source>
        <translation>勾选：pgbouncer: true。不勾选：pgbouncer: false。半勾选：不设置，此时该数据库会列入 pgbouncer（默认）。</translation>
    </message>
    <message>
        <source>absent drops the database; recreate drops and creates it again.</source>
        <translation>absent 会删除数据库；recreate 会删除后重新创建。</translation>
    </message>
    <message>
        <source>Schema to create</source>
        <translation>要创建的模式</translation>
    </message>
</context>
<context>
    <name>stackyard::PgDatabasesForm</name>
    <message>
        <source>owner %1</source>
        <translation>属主 %1</translation>
    </message>
    <message>
        <source>Owner — comment</source>
        <translation>属主 — 备注</translation>
    </message>
    <message>
        <source>New database name, e.g. app</source>
        <translation>新数据库名，例如 app</translation>
    </message>
    <message>
        <source>Add database %1</source>
        <translation>添加数据库 %1</translation>
    </message>
    <message>
        <source>Remove database %1</source>
        <translation>删除数据库 %1</translation>
    </message>
    <message>
        <source>Databases of %1</source>
        <translation>%1 的数据库</translation>
    </message>
    <message>
        <source>Business databases (pg_databases). Double-click a database to edit it; create it on the cluster with bin/pgsql-db %1 &lt;database&gt;.</source>
        <translation>业务数据库（pg_databases）。双击数据库可编辑；用 bin/pgsql-db %1 &lt;数据库&gt; 在集群上创建。</translation>
    </message>
</context>
<context>
    <name>stackyard::PgInstanceForm</name>
    <message>
        <source>required: 0, 1, 2… unique in the cluster</source>
        <translation>必填：0、1、2…，在集群内唯一</translation>
    </message>
    <message>
        <source>(not set: required)</source>
        <translation>（未设置：必填）</translation>
    </message>
    <message>
        <source>%1 (the host key)</source>
        <translation>%1（主机键）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>22 (SSH default)</source>
        <translation>22（SSH 默认）</translation>
    </message>
    <message>
        <source>the user running the console</source>
        <translation>运行控制台的用户</translation>
    </message>
    <message>
        <source>Instance %1 of %2</source>
        <translation>%2 的实例 %1</translation>
    </message>
    <message>
        <source>Host variables: they override the cluster&apos;s and all.vars for this instance only.</source>
        <translation>主机变量：仅对此实例覆盖集群变量和 all.vars。</translation>
    </message>
    <message>
        <source>Sequence (pg_seq):</source>
        <translation>序号（pg_seq）：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Offline queries:</source>
        <translation>离线查询：</translation>
    </message>
    <message>
        <source>SSH address:</source>
        <translation>SSH 地址：</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH 端口：</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH 用户：</translation>
    </message>
    <message>
        <source>Serve the offline service from this instance (pg_offline_query)</source>
        <translation>由此实例提供离线服务（pg_offline_query）</translation>
    </message>
    <message>
        <source>Exactly one instance of a cluster is the primary.</source>
        <translation>一个集群中恰好有一个实例是主库。</translation>
    </message>
</context>
<context>
    <name>stackyard::PgSectionForm</name>
    <message>
        <source>Select an instance of the cluster to edit its role, sequence number and connection.</source>
        <translation>选择集群中的一个实例，即可编辑其角色、序号和连接。</translation>
    </message>
</context>
<context>
    <name>stackyard::PgUserForm</name>
    <message>
        <source>(not set: the pgbouncer pool mode)</source>
        <translation>（未设置：使用 pgbouncer 的池模式）</translation>
    </message>
    <message>
        <source>business user %1</source>
        <translation>业务用户 %1</translation>
    </message>
    <message>
        <source>A user needs a name</source>
        <translation>用户需要名称</translation>
    </message>
    <message>
        <source>The user already has role %1</source>
        <translation>该用户已有角色 %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>授予 %1</translation>
    </message>
    <message>
        <source>Remove role %1</source>
        <translation>移除角色 %1</translation>
    </message>
    <message>
        <source>User %1 of %2</source>
        <translation>%2 的用户 %1</translation>
    </message>
    <message>
        <source>Apply changes with bin/pgsql-user %1 &lt;user&gt;. A partially checked box is not set in the file: the default in its tooltip applies.</source>
        <translation>用 bin/pgsql-user %1 &lt;用户&gt; 应用修改。半勾选的复选框不写入文件，此时按其提示中的默认值生效。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Connection limit:</source>
        <translation>连接数上限：</translation>
    </message>
    <message>
        <source>Expires in (days):</source>
        <translation>过期天数：</translation>
    </message>
    <message>
        <source>Pool mode:</source>
        <translation>池模式：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>the user is not in the pgbouncer user list</source>
        <translation>该用户不在 pgbouncer 用户列表中</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL default)</source>
        <translation>%1（PostgreSQL 默认）</translation>
    </message>
    <message>
        <source>NO%1 (PostgreSQL default)</source>
        <translation>NO%1（PostgreSQL 默认）</translation>
    </message>
    <message>
        <source>Checked: %1: true. Unchecked: %1: false. Partially checked: not set, so %2.</source>
        <translation>勾选：%1: true。不勾选：%1: false。半勾选：不设置，即 %2。</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>-1: no limit (default)</source>
        <translation>-1：不限制（默认）</translation>
    </message>
    <message>
        <source>never (default)</source>
        <translation>永不过期（默认）</translation>
    </message>
    <message>
        <source>Role to grant</source>
        <translation>要授予的角色</translation>
    </message>
</context>
<context>
    <name>stackyard::PgUsersForm</name>
    <message>
        <source>Roles — comment</source>
        <translation>角色 — 备注</translation>
    </message>
    <message>
        <source>New user name, e.g. dbuser_app</source>
        <translation>新用户名，例如 dbuser_app</translation>
    </message>
    <message>
        <source>Add user %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <source>Remove user %1</source>
        <translation>删除用户 %1</translation>
    </message>
    <message>
        <source>Users of %1</source>
        <translation>%1 的用户</translation>
    </message>
    <message>
        <source>Business users (pg_users). Double-click a user to edit it; create it on the cluster with bin/pgsql-user %1 &lt;user&gt;.</source>
        <translation>业务用户（pg_users）。双击用户可编辑；用 bin/pgsql-user %1 &lt;用户&gt; 在集群上创建。</translation>
    </message>
</context>
<context>
    <name>stackyard::PlanTreeModel</name>
    <message>
        <source>check: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes, holds secrets: not shown)</source>
        <translation>
            <numerusform>（%n 字节，含密钥：不显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>文件 %1（权限 %2）</translation>
    </message>
    <message>
        <source>then, if it changed something: %1</source>
        <translation>若有改动，随后：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Not yet so: %1</source>
        <translation>尚未达到：%1</translation>
    </message>
    <message>
        <source>if notified</source>
        <translation>被通知时</translation>
    </message>
</context>
<context>
    <name>stackyard::PostgresProbe</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>libpq could not allocate a connection</source>
        <translation>libpq 无法分配连接</translation>
    </message>
    <message>
        <source>could not connect within %1 s</source>
        <translation>%1 秒内无法连接</translation>
    </message>
    <message>
        <source>the health query failed: %1</source>
        <translation>健康查询失败：%1</translation>
    </message>
    <message>
        <source>the health query returned no row</source>
        <translation>健康查询没有返回行</translation>
    </message>
    <message>
        <source>libpq has no socket: %1</source>
        <translation>libpq 没有套接字：%1</translation>
    </message>
    <message>
        <source>the health query returned no JSON object: %1</source>
        <translation>健康查询没有返回 JSON 对象：%1</translation>
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
    <name>stackyard::PrometheusServerSource</name>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Prometheus cannot scrape node_exporter</source>
        <translation>Prometheus 无法抓取 node_exporter</translation>
    </message>
    <message>
        <source>the exporter cannot reach the instance</source>
        <translation>exporter 无法连接该实例</translation>
    </message>
    <message>
        <source>Prometheus has no data for %1=%2</source>
        <translation>Prometheus 没有 %1=%2 的数据</translation>
    </message>
    <message>
        <source>no Prometheus query for %1</source>
        <translation>%1 没有对应的 Prometheus 查询</translation>
    </message>
    <message>
        <source>Prometheus API</source>
        <translation>Prometheus API</translation>
    </message>
    <message>
        <source>not a Prometheus API answer</source>
        <translation>不是 Prometheus API 的应答</translation>
    </message>
    <message>
        <source>Prometheus says %1: %2</source>
        <translation>Prometheus 报告 %1：%2</translation>
    </message>
    <message>
        <source>unexpected result type &quot;%1&quot;</source>
        <translation>意外的结果类型“%1”</translation>
    </message>
    <message>
        <source>a vector sample without a [time, &quot;value&quot;] pair</source>
        <translation>向量样本缺少 [time, &quot;value&quot;] 对</translation>
    </message>
    <message>
        <source>a matrix value without a [time, &quot;value&quot;] pair</source>
        <translation>矩阵值缺少 [time, &quot;value&quot;] 对</translation>
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
        <source>Open an inventory: pick a PostgreSQL or Redis cluster or an app group, review the exact plan — every command and every file, secrets masked — then apply it and watch each step. Applying twice changes nothing.</source>
        <translation>打开一份清单：选择一个 PostgreSQL 或 Redis 集群或应用分组，审阅确切的计划——每条命令和每个文件，密钥均已隐藏——然后执行并观察每一步。重复执行不会做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>集群(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Read the hosts&apos; facts and show every step, command and file; nothing is changed</source>
        <translation>读取主机信息并显示每个步骤、命令和文件；不做任何更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>Run the plan: each step first checks whether its state is already so</source>
        <translation>执行计划：每个步骤先检查其状态是否已经达到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation>计划全文</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>历史运行</translation>
    </message>
    <message>
        <source>The output of the selected step appears here.</source>
        <translation>所选步骤的输出显示在这里。</translation>
    </message>
    <message>
        <source>Make a plan to see every command and file it holds.</source>
        <translation>生成计划后，可在此查看其中的每条命令和每个文件。</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>Apps of %1</source>
        <translation>%1 的应用</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>Reading the facts of the hosts of %1…</source>
        <translation>正在读取 %1 各主机的信息…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) on %2. Nothing has been changed yet: Apply runs them.</source>
        <translation>
            <numerusform>%1：在 %2 上共 %n 个步骤。尚未做任何更改：点击“执行”运行它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>执行计划</translation>
    </message>
    <message numerus="yes">
        <source>Apply &quot;%1&quot; on %2?

Each of the %n step(s) first checks whether its state is already so and changes only what differs.</source>
        <translation>
            <numerusform>在 %2 上执行“%1”？

这 %n 个步骤都会先检查其状态是否已经达到，只更改不同之处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在执行 %1…</translation>
    </message>
    <message>
        <source>Cancelling: the running command is being stopped…</source>
        <translation>正在取消：正在停止运行中的命令…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 step(s) changed, %3 already so.</source>
        <translation>完成，用时 %1 秒：%2 个步骤做了更改，%3 个已是目标状态。</translation>
    </message>
    <message>
        <source>Cancelled: apply again to continue.</source>
        <translation>已取消：再次执行即可继续。</translation>
    </message>
    <message>
        <source>Fix the cause and apply again: steps already done are checked and skipped.</source>
        <translation>请排除原因后再次执行：已完成的步骤会被检查并跳过。</translation>
    </message>
    <message>
        <source>Run recorded in %1</source>
        <translation>运行记录保存在 %1</translation>
    </message>
    <message>
        <source>Not yet so: %1</source>
        <translation>尚未达到：%1</translation>
    </message>
</context>
<context>
    <name>stackyard::RedisForm</name>
    <message>
        <source>Inherited: %1</source>
        <translation>继承：%1</translation>
    </message>
    <message>
        <source>no password: anyone who reaches the port may connect</source>
        <translation>无密码：任何能访问该端口的人都可以连接</translation>
    </message>
    <message>
        <source>required: 1, 2… unique in the cluster</source>
        <translation>必填：1、2…，在集群内唯一</translation>
    </message>
    <message>
        <source>Add Redis instance %1</source>
        <translation>添加 Redis 实例 %1</translation>
    </message>
    <message>
        <source>Remove Redis instance %1</source>
        <translation>删除 Redis 实例 %1</translation>
    </message>
    <message>
        <source>Redis cluster %1</source>
        <translation>Redis 集群 %1</translation>
    </message>
    <message>
        <source>Cluster variables of group %1. Empty fields are not set in the file: the value shown in grey applies. Apply with bin/redis-add %1.</source>
        <translation>分组 %1 的集群变量。留空的字段不写入文件，此时以灰色显示的值生效。用 bin/redis-add %1 使其生效。</translation>
    </message>
    <message>
        <source>Redis node %1 of %2</source>
        <translation>%2 的 Redis 节点 %1</translation>
    </message>
    <message>
        <source>Each instance is a port on this host: a primary, or a replica of another instance (&quot;IP PORT&quot;). Double-click Replica of to change it.</source>
        <translation>每个实例对应此主机上的一个端口：可以是主实例，也可以是另一个实例（&quot;IP PORT&quot;）的副本。双击“复制自”可修改。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>运行模式：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Max memory:</source>
        <translation>最大内存：</translation>
    </message>
    <message>
        <source>Eviction policy:</source>
        <translation>淘汰策略：</translation>
    </message>
    <message>
        <source>RDB save points:</source>
        <translation>RDB 保存点：</translation>
    </message>
    <message>
        <source>Node number:</source>
        <translation>节点编号：</translation>
    </message>
    <message>
        <source>redis_max_memory: a size such as 64MB or 1GB</source>
        <translation>redis_max_memory：容量大小，例如 64MB 或 1GB</translation>
    </message>
    <message>
        <source>redis_rdb_save: save points &quot;seconds changes&quot;, separated by commas, e.g. 1200 1, 300 100</source>
        <translation>redis_rdb_save：保存点，格式为 &quot;秒数 修改次数&quot;，以逗号分隔，例如 1200 1, 300 100</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>添加实例</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>stackyard::RedisInstancesModel</name>
    <message>
        <source>A primary (or standalone): replicates nothing</source>
        <translation>主实例（或独立实例）：不复制任何实例</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>复制自</translation>
    </message>
</context>
<context>
    <name>stackyard::RedisProbe</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>hiredis could not allocate a connection</source>
        <translation>hiredis 无法分配连接</translation>
    </message>
    <message>
        <source>the connection to Redis is closing</source>
        <translation>与 Redis 的连接正在关闭</translation>
    </message>
    <message>
        <source>could not connect within %1 s</source>
        <translation>%1 秒内无法连接</translation>
    </message>
    <message>
        <source>the connection to Redis was closed</source>
        <translation>与 Redis 的连接已关闭</translation>
    </message>
    <message>
        <source>INFO returned a reply of type %1</source>
        <translation>INFO 返回了类型为 %1 的应答</translation>
    </message>
</context>
<context>
    <name>stackyard::ReviewPage</name>
    <message>
        <source># This change cannot be made:
# %1</source>
        <translation># 无法进行此修改：
# %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Finish adds exactly these lines to the inventory, as one step you can undo.</source>
        <translation>“完成”会把以下这些行原样添加到清单中，作为一步可撤销的操作。</translation>
    </message>
    <message>
        <source>Write references only (store the secrets in the keychain later)</source>
        <translation>只写入引用（稍后再将密钥存入钥匙串）</translation>
    </message>
</context>
<context>
    <name>stackyard::RunsView</name>
    <message>
        <source>Filter runs by cluster, inventory or error…</source>
        <translation>按集群、清单或错误筛选运行记录…</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No provisioning run has been recorded on this machine yet.</source>
        <translation>本机尚未记录任何部署运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: succeeded, %3 step(s) changed.</source>
        <translation>%1（%2）：成功，%3 个步骤做了更改。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>stackyard::SecretField</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Stored in the keychain as %1</source>
        <translation>已以 %1 存入钥匙串</translation>
    </message>
    <message>
        <source>The file holds only a reference (${secret:%1}); the password is in the system keychain.</source>
        <translation>文件中只保存引用（${secret:%1}）；密码保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>stackyard::SecretPromptDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>保存到钥匙串(&amp;R)</translation>
    </message>
    <message>
        <source>Stores it in the OS keychain (never in the inventory or a file), so the next connection does not ask again.</source>
        <translation>保存到操作系统钥匙串（绝不写入清单或文件），下次连接时不再询问。</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>%1 的私钥口令</translation>
    </message>
    <message>
        <source>The passphrase was wrong. Enter the passphrase of %1 again:</source>
        <translation>口令错误。请重新输入 %1 的口令：</translation>
    </message>
    <message>
        <source>Enter the passphrase of the private key %1:</source>
        <translation>请输入私钥 %1 的口令：</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>The password was refused. %1</source>
        <translation>密码被拒绝。%1</translation>
    </message>
</context>
<context>
    <name>stackyard::SecretWriter</name>
    <message>
        <source>The keychain already holds a different secret named %1</source>
        <translation>钥匙串中已有名为 %1 的密钥，且其值不同</translation>
    </message>
    <message>
        <source>Choose another name, or remove the old secret first (stackyardctl secret rm %1) if nothing uses it any more.</source>
        <translation>请换一个名称；如果旧密钥已不再使用，也可以先删除它（stackyardctl secret rm %1）。</translation>
    </message>
</context>
<context>
    <name>stackyard::TestAllHostsDialog</name>
    <message>
        <source>Test all hosts</source>
        <translation>测试所有主机</translation>
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation>%v / %m 台主机</translation>
    </message>
    <message numerus="yes">
        <source>Connects to every host of the inventory, at most %n at a time, and reports what it finds. Nothing is changed on the hosts.</source>
        <translation>
            <numerusform>连接清单中的每台主机（同时最多 %n 台）并报告检查结果。不会对主机做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: hosts not started yet are skipped, running checks stop at their next step…</source>
        <translation>正在取消：尚未开始的主机将被跳过，正在进行的检查会在下一步停止…</translation>
    </message>
    <message>
        <source>The inventory has no hosts.</source>
        <translation>清单中没有主机。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n host(s)</source>
        <translation>
            <numerusform>已检查 %1 / %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>reachable: %1, failed: %2, cancelled: %3</source>
        <translation>可连接：%1，失败：%2，已取消：%3</translation>
    </message>
</context>
<context>
    <name>stackyard::TypedForm</name>
    <message>
        <source>%1 (group %2)</source>
        <translation>%1（分组 %2）</translation>
    </message>
    <message>
        <source>%1 (all.vars)</source>
        <translation>%1（all.vars）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Unset %1</source>
        <translation>取消设置 %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>This is not a list</source>
        <translation>这不是列表</translation>
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
    <name>stackyard::VariablesForm</name>
    <message>
        <source>Variables of group %1</source>
        <translation>分组 %1 的变量</translation>
    </message>
    <message>
        <source>Group variables apply to every host of the group unless a host sets its own.</source>
        <translation>分组变量适用于该分组的每台主机，除非主机自行设置。</translation>
    </message>
    <message>
        <source>Host %1 in %2</source>
        <translation>%2 中的主机 %1</translation>
    </message>
    <message>
        <source>Host variables override group variables and all.vars for this host.</source>
        <translation>主机变量会为此主机覆盖分组变量和 all.vars。</translation>
    </message>
    <message>
        <source>Global variables (all.vars)</source>
        <translation>全局变量（all.vars）</translation>
    </message>
    <message>
        <source>Global variables apply to every host unless a group or host overrides them.</source>
        <translation>全局变量适用于每台主机，除非被分组或主机覆盖。</translation>
    </message>
    <message>
        <source>New variable</source>
        <translation>新变量</translation>
    </message>
    <message>
        <source>Value (YAML)</source>
        <translation>值（YAML）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Effective variables of this host (value and where it comes from)</source>
        <translation>此主机的实际变量（值及其来源）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid YAML: %2</source>
        <translation>&apos;%1&apos; 不是有效的 YAML：%2</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Give the new variable a name</source>
        <translation>请为新变量命名</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>stackyard::VariablesModel</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>stackyard::YamlView</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>stackyard::transport</name>
    <message>
        <source>Cannot create a temporary file beside the destination</source>
        <translation>无法在目标旁创建临时文件</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Cannot replace the file</source>
        <translation>无法替换文件</translation>
    </message>
    <message>
        <source>No command to run</source>
        <translation>没有要运行的命令</translation>
    </message>
    <message>
        <source>Give the program and its arguments.</source>
        <translation>请给出程序及其参数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation>“%1”不是有效的环境变量名</translation>
    </message>
    <message>
        <source>Use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>请使用字母、数字和“_”，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The timeout must not be negative</source>
        <translation>超时不能为负数</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>ansible_connection &apos;%1&apos; is not supported</source>
        <translation>不支持 ansible_connection“%1”</translation>
    </message>
    <message>
        <source>Use ssh or local.</source>
        <translation>请使用 ssh 或 local。</translation>
    </message>
    <message>
        <source>ansible_port &apos;%1&apos; is not a port number</source>
        <translation>ansible_port“%1”不是端口号</translation>
    </message>
    <message>
        <source>Use a number from 1 to 65535.</source>
        <translation>请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is written in plain text</source>
        <translation>%1 以明文写入</translation>
    </message>
    <message>
        <source>Store it in the keychain and write &apos;${secret:NAME}&apos; instead (Inventory ▸ Move Passwords to the Keychain, or stackyardctl secret set).</source>
        <translation>请将其存入钥匙串，并改写为“${secret:NAME}”（清单 ▸ 将密码移入钥匙串，或 stackyardctl secret set）。</translation>
    </message>
    <message>
        <source>Cannot add the host key to the known hosts file</source>
        <translation>无法将主机密钥加入 known_hosts 文件</translation>
    </message>
    <message>
        <source>Cannot start /bin/sh</source>
        <translation>无法启动 /bin/sh</translation>
    </message>
    <message>
        <source>sudo refused the become password</source>
        <translation>sudo 拒绝了提权密码</translation>
    </message>
    <message>
        <source>Check ansible_become_password.</source>
        <translation>请检查 ansible_become_password。</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>The copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
    <message>
        <source>The destination was left as it was.</source>
        <translation>目标文件保持原样。</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>The operation may or may not have finished on the host: check before running it again. The next command reconnects.</source>
        <translation>该操作可能已在主机上完成，也可能没有：再次运行前请先检查。下一条命令会自动重新连接。</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Cancelled while waiting for a free connection</source>
        <translation>在等待空闲连接时已取消</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>无法打开通道</translation>
    </message>
    <message>
        <source>The host refused to run %1</source>
        <translation>主机拒绝运行 %1</translation>
    </message>
    <message>
        <source>The connection was lost while %1 ran</source>
        <translation>%1 运行期间连接断开</translation>
    </message>
    <message>
        <source>The command may or may not have finished on the host: check before running it again. The next command reconnects.</source>
        <translation>该命令可能已在主机上完成，也可能没有：再次运行前请先检查。下一条命令会自动重新连接。</translation>
    </message>
    <message>
        <source>%1 ended without an exit status</source>
        <translation>%1 结束时没有退出状态</translation>
    </message>
    <message>
        <source>Cannot create an SSH session</source>
        <translation>无法创建 SSH 会话</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port (ansible_host, ansible_port) are right and sshd is running.</source>
        <translation>请检查主机是否在线、地址和端口（ansible_host、ansible_port）是否正确，以及 sshd 是否在运行。</translation>
    </message>
    <message>
        <source>The server sent no host key</source>
        <translation>服务器没有发送主机密钥</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s host key</source>
        <translation>无法读取服务器的主机密钥</translation>
    </message>
    <message>
        <source>The host key %1 of %2 is marked @revoked in %3:%4; refusing to connect</source>
        <translation>%2 的主机密钥 %1 在 %3:%4 中被标记为 @revoked；拒绝连接</translation>
    </message>
    <message>
        <source>The key was revoked on purpose: ask the host&apos;s administrator.</source>
        <translation>该密钥是被有意吊销的：请联系主机管理员。</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: known %2, offered %3. Refusing to connect: someone may be intercepting the connection</source>
        <translation>%1 的主机密钥已更改：已知 %2，收到 %3。拒绝连接：可能有人正在拦截连接</translation>
    </message>
    <message>
        <source>If the host was reinstalled and you trust the new key, remove line %1 of %2 (ssh-keygen -R &apos;%3&apos; -f %2) and connect again.</source>
        <translation>如果主机已重装且你信任新密钥，请删除 %2 的第 %1 行（ssh-keygen -R &apos;%3&apos; -f %2），然后重新连接。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known (%2 %3); not connecting without your confirmation</source>
        <translation>%1 的主机密钥未知（%2 %3）；未经你的确认不会连接</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) and accept it (stackyardctl: --accept-new-host-keys).</source>
        <translation>请将指纹与服务器上的指纹比对（在主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub），然后接受它（stackyardctl：--accept-new-host-keys）。</translation>
    </message>
    <message>
        <source>%1: no passphrase given</source>
        <translation>%1：未提供口令</translation>
    </message>
    <message>
        <source>%1: cannot read the key</source>
        <translation>%1：无法读取密钥</translation>
    </message>
    <message>
        <source>%1: refused by the server</source>
        <translation>%1：被服务器拒绝</translation>
    </message>
    <message>
        <source>%1: wrong passphrase</source>
        <translation>%1：口令错误</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>password: refused by the server</source>
        <translation>password：被服务器拒绝</translation>
    </message>
    <message>
        <source>keyboard-interactive: refused by the server</source>
        <translation>keyboard-interactive：被服务器拒绝</translation>
    </message>
    <message>
        <source>Authentication as %1 failed (the server accepts: %2)</source>
        <translation>以 %1 身份认证失败（服务器接受：%2）</translation>
    </message>
    <message>
        <source>Load the key into ssh-agent, set ansible_ssh_private_key_file, or give ansible_password as a ${secret:NAME}.</source>
        <translation>请将密钥加载到 ssh-agent、设置 ansible_ssh_private_key_file，或以 ${secret:NAME} 形式提供 ansible_password。</translation>
    </message>
    <message>
        <source>Cannot start SFTP on %1</source>
        <translation>无法在 %1 上启动 SFTP</translation>
    </message>
    <message>
        <source>Enable the sftp subsystem in the host&apos;s sshd_config.</source>
        <translation>请在主机的 sshd_config 中启用 sftp 子系统。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1</source>
        <translation>无法在 %1 旁创建临时文件</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Cannot sync %1 to disk</source>
        <translation>无法将 %1 同步到磁盘</translation>
    </message>
    <message>
        <source>Cannot set the mode of %1</source>
        <translation>无法设置 %1 的权限</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>传输已取消</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Could not put the file in place at %1 (%2)</source>
        <translation>无法将文件放到 %1（%2）</translation>
    </message>
    <message>
        <source>Check the directory, the owner and the sudo rights.</source>
        <translation>请检查目录、属主和 sudo 权限。</translation>
    </message>
    <message>
        <source>Could not read %1 (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
</context>
<context>
    <name>stackyard::yaml::Editor</name>
    <message>
        <source>The document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>&apos;-&apos; (after the last item) can only end a pointer</source>
        <translation>&apos;-&apos;（表示最后一项之后）只能出现在指针末尾</translation>
    </message>
    <message>
        <source>There is no item %1 in this list</source>
        <translation>此列表中没有第 %1 项</translation>
    </message>
    <message>
        <source>Items are numbered from 0; use &apos;-&apos; to append.</source>
        <translation>列表项从 0 开始编号；用 &apos;-&apos; 追加。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a single value, not a mapping or list</source>
        <translation>&apos;%1&apos; 是单个值，不是映射或列表</translation>
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
    <message>
        <source>Nothing to remove: the pointer names no entry of its parent</source>
        <translation>无可删除：该指针未指向其父节点中的任何条目</translation>
    </message>
    <message>
        <source>This entry cannot be removed on its own: it shares its line with its parent</source>
        <translation>无法单独删除此条目：它与其父节点位于同一行</translation>
    </message>
</context>
<context>
    <name>stackyardctl</name>
    <message>
        <source>Usage: stackyardctl [options] &lt;command&gt; [&lt;args&gt;]</source>
        <translation>用法：stackyardctl [选项] &lt;命令&gt; [&lt;参数&gt;]</translation>
    </message>
    <message>
        <source>Stackyard&apos;s command line: everything the console does, from a shell.</source>
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
        <source>Run &apos;stackyardctl &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>运行 &apos;stackyardctl &lt;命令&gt; --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>stackyardctl: unknown command &apos;%1&apos;</source>
        <translation>stackyardctl：未知命令 &apos;%1&apos;</translation>
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
            <numerusform>stackyardctl inventory list：需要一个 FILE，实际给出 %n 个</numerusform>
        </translation>
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
        <source>Prints the value at a JSON Pointer: a scalar&apos;s value, or the YAML text of a mapping or list.</source>
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
        <source>Prints the variables a host gets, with Ansible&apos;s precedence (host, group, all.vars, defaults) and where each value comes from. Secrets are masked unless --show-secrets.</source>
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
        <source>Set a value, keeping the file&apos;s comments and layout</source>
        <translation>设置一个值，保留文件的注释和排版</translation>
    </message>
    <message>
        <source>Remove an entry or list item with its lines</source>
        <translation>删除一个条目或列表项及其所在行</translation>
    </message>
    <message>
        <source>Show a host&apos;s effective variables and their sources</source>
        <translation>显示主机的实际变量及其来源</translation>
    </message>
    <message>
        <source>Checks an inventory: YAML syntax, identities, users, databases, HBA rules, Redis, hosts and secrets. Prints one finding per line as FILE:LINE:COLUMN: error|warning: message. Exits 0 without errors, 2 with errors, 1 when the file cannot be read.</source>
        <translation>检查清单：YAML 语法、身份参数、用户、数据库、HBA 规则、Redis、主机和密钥。每行输出一个问题，格式为 FILE:LINE:COLUMN: 错误|警告: 信息。没有错误时退出码为 0，有错误时为 2，无法读取文件时为 1。</translation>
    </message>
    <message>
        <source>Print JSON instead of lines.</source>
        <translation>输出 JSON 而不是逐行文本。</translation>
    </message>
    <message>
        <source>Leave warnings out.</source>
        <translation>不输出警告。</translation>
    </message>
    <message numerus="yes">
        <source>stackyardctl inventory check: expected one FILE, got %n</source>
        <translation>
            <numerusform>stackyardctl inventory check：需要一个 FILE，实际给出 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1：%2 个错误，%3 个警告</translation>
    </message>
    <message>
        <source>Check an inventory and print its findings with their positions</source>
        <translation>检查清单，并输出发现的问题及其位置</translation>
    </message>
    <message>
        <source>stackyardctl secret set: the value is read from standard input, never from the command line</source>
        <translation>stackyardctl secret set：值只从标准输入读取，绝不从命令行读取</translation>
    </message>
    <message>
        <source>stackyardctl %1: expected exactly one NAME</source>
        <translation>stackyardctl %1：需要且仅需要一个 NAME</translation>
    </message>
    <message>
        <source>stackyardctl %1: &apos;%2&apos; is not a valid secret name (1 to 200 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos;)</source>
        <translation>stackyardctl %1：&apos;%2&apos; 不是有效的密钥名称（1 到 200 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;/&apos; 和 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>The secret&apos;s name, as in ${secret:NAME} (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos;, &apos;-&apos;).</source>
        <translation>密钥名称，即 ${secret:NAME} 中的 NAME（字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;/&apos;、&apos;-&apos;）。</translation>
    </message>
    <message>
        <source>Type the value when asked, or pipe it in: stackyardctl secret set NAME &lt; file</source>
        <translation>请在提示时输入值，或通过管道传入：stackyardctl secret set NAME &lt; file</translation>
    </message>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>%1 的值（不回显）：</translation>
    </message>
    <message>
        <source>Repeat the value: </source>
        <translation>再次输入值：</translation>
    </message>
    <message>
        <source>No value was entered</source>
        <translation>未输入任何值</translation>
    </message>
    <message>
        <source>The two values differ; nothing was stored</source>
        <translation>两次输入的值不一致；未存储任何内容</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>请重新运行该命令。</translation>
    </message>
    <message>
        <source>The value is longer than 64 KiB</source>
        <translation>值超过 64 KiB</translation>
    </message>
    <message>
        <source>The value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>The value contains a NUL byte</source>
        <translation>值中含有 NUL 字节</translation>
    </message>
    <message>
        <source>A secret is text; store binary data base64-encoded.</source>
        <translation>密钥必须是文本；二进制数据请先做 base64 编码再存储。</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8</source>
        <translation>值不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain; use it as %2</source>
        <translation>已将 %1 存入钥匙串；引用方式为 %2</translation>
    </message>
    <message>
        <source>stackyardctl secret get: refusing to print a secret on a terminal; add --show, or redirect the output</source>
        <translation>stackyardctl secret get：拒绝在终端上打印密钥；请加上 --show，或重定向输出</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain</source>
        <translation>已从钥匙串删除 %1</translation>
    </message>
    <message>
        <source>stored </source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>未存储</translation>
    </message>
    <message>
        <source>%1: %2 secret reference(s), %3 missing from the keychain</source>
        <translation>%1：%2 个密钥引用，其中 %3 个不在钥匙串中</translation>
    </message>
    <message>
        <source>Store each missing one with: stackyardctl secret set NAME</source>
        <translation>请用以下命令逐个存储缺失的密钥：stackyardctl secret set NAME</translation>
    </message>
    <message>
        <source>%1 is in the keychain</source>
        <translation>%1 已在钥匙串中</translation>
    </message>
    <message>
        <source>Store a secret in the OS keychain (value from stdin)</source>
        <translation>将密钥存入系统钥匙串（值来自标准输入）</translation>
    </message>
    <message>
        <source>Stores the value read from standard input as the secret NAME in the OS keychain; an inventory refers to it as ${secret:NAME}. On a terminal the value is asked for twice and not shown; from a pipe or file one trailing newline is removed. The value is never taken from the command line.</source>
        <translation>将从标准输入读取的值作为密钥 NAME 存入系统钥匙串；清单通过 ${secret:NAME} 引用它。在终端上会要求输入两次且不回显；从管道或文件读取时会去掉末尾的一个换行符。值绝不会从命令行获取。</translation>
    </message>
    <message>
        <source>Print a secret from the OS keychain</source>
        <translation>打印系统钥匙串中的密钥</translation>
    </message>
    <message>
        <source>Prints the value of the secret NAME. To keep secrets off screens it refuses to print to a terminal unless --show is given.</source>
        <translation>打印密钥 NAME 的值。为避免密钥出现在屏幕上，除非指定 --show，否则拒绝输出到终端。</translation>
    </message>
    <message>
        <source>Print the value on a terminal too.</source>
        <translation>在终端上也打印值。</translation>
    </message>
    <message>
        <source>Delete a secret from the OS keychain</source>
        <translation>从系统钥匙串删除密钥</translation>
    </message>
    <message>
        <source>Deletes the secret NAME from the OS keychain.</source>
        <translation>从系统钥匙串删除密钥 NAME。</translation>
    </message>
    <message>
        <source>Tell whether a secret, or every secret an inventory uses, is stored</source>
        <translation>检查某个密钥（或清单用到的所有密钥）是否已存储</translation>
    </message>
    <message>
        <source>Exits with 0 when the secret NAME is in the OS keychain and 1 when it is not (or the keychain cannot be reached). Given an inventory FILE instead, lists every ${secret:NAME} it refers to as stored or MISSING, and exits 1 if one is missing. No value is printed.</source>
        <translation>密钥 NAME 在系统钥匙串中时以 0 退出，不在（或无法访问钥匙串）时以 1 退出。若改为给出清单文件 FILE，则列出其引用的每个 ${secret:NAME}，标记为“已存储”或“未存储”；只要有一个缺失就以 1 退出。不会打印任何值。</translation>
    </message>
    <message>
        <source>A secret&apos;s name, or an inventory file.</source>
        <translation>密钥名称，或清单文件。</translation>
    </message>
    <message>
        <source>INSTANCES</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Shows one cluster as Stackyard reads it, every value resolved with Ansible&apos;s precedence (host &gt; group &gt; all.vars &gt; defaults): a PostgreSQL cluster&apos;s instances, users, databases, HBA rules and pgBackRest repository; a Redis cluster&apos;s instances and replication; a MinIO cluster; an app group&apos;s apps and what they connect to. Passwords are never printed.</source>
        <translation>按 Stackyard 的理解显示一个集群，每个值都按 Ansible 的优先级解析（主机 &gt; 分组 &gt; all.vars &gt; 默认值）：PostgreSQL 集群的实例、用户、数据库、HBA 规则和 pgBackRest 仓库；Redis 集群的实例和复制关系；MinIO 集群；应用分组中的应用及其连接的服务。从不打印密码。</translation>
    </message>
    <message>
        <source>A pg_cluster, redis_cluster or minio_cluster name, or a group name.</source>
        <translation>pg_cluster、redis_cluster 或 minio_cluster 名称，或分组名。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>PostgreSQL cluster %1 (group %2): PostgreSQL %3, port %4</source>
        <translation>PostgreSQL 集群 %1（分组 %2）：PostgreSQL %3，端口 %4</translation>
    </message>
    <message>
        <source>  instances:</source>
        <translation>  实例：</translation>
    </message>
    <message>
        <source>  users:</source>
        <translation>  用户：</translation>
    </message>
    <message>
        <source>  databases:</source>
        <translation>  数据库：</translation>
    </message>
    <message>
        <source>owner %1; extensions: %2</source>
        <translation>属主 %1；扩展：%2</translation>
    </message>
    <message>
        <source>  HBA rules:</source>
        <translation>  HBA 规则：</translation>
    </message>
    <message>
        <source>  pgBackRest: repository %1 (%2 %3), full backups kept: %4 by %5%6</source>
        <translation>  pgBackRest：仓库 %1（%2 %3），保留全量备份：%4（按 %5）%6</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>Redis cluster %1 (group %2): mode %3, max memory %4, %5</source>
        <translation>Redis 集群 %1（分组 %2）：模式 %3，最大内存 %4，%5</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主</translation>
    </message>
    <message>
        <source>MinIO cluster %1 (group %2): port %3, data %4</source>
        <translation>MinIO 集群 %1（分组 %2）：端口 %3，数据目录 %4</translation>
    </message>
    <message>
        <source>  buckets: %1</source>
        <translation>  存储桶：%1</translation>
    </message>
    <message>
        <source>App group %1 on %2</source>
        <translation>应用分组 %1，位于 %2</translation>
    </message>
    <message>
        <source>      PostgreSQL: %1@%2:%3/%4%5</source>
        <translation>      PostgreSQL：%1@%2:%3/%4%5</translation>
    </message>
    <message>
        <source> (not in this inventory)</source>
        <translation>（不在此清单中）</translation>
    </message>
    <message>
        <source>      Redis: %1:%2%3</source>
        <translation>      Redis：%1:%2%3</translation>
    </message>
    <message>
        <source>      data: %1</source>
        <translation>      数据：%1</translation>
    </message>
    <message>
        <source>stackyardctl inventory show: expected FILE and CLUSTER</source>
        <translation>stackyardctl inventory show：需要 FILE 和 CLUSTER 两个参数</translation>
    </message>
    <message>
        <source>There is no cluster &apos;%1&apos; in the inventory</source>
        <translation>清单中没有集群 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the clusters with: stackyardctl inventory list %1</source>
        <translation>用以下命令列出集群：stackyardctl inventory list %1</translation>
    </message>
    <message>
        <source>Show one cluster with every value resolved</source>
        <translation>显示一个集群，所有值均已解析</translation>
    </message>
    <message>
        <source>stackyardctl: %1: cannot read the secret %2: %3</source>
        <translation>stackyardctl：%1：无法读取密钥 %2：%3</translation>
    </message>
    <message>
        <source>Trust a host key seen for the first time and add it to known_hosts (its fingerprint is printed). A changed key is always refused.</source>
        <translation>信任首次见到的主机密钥并将其加入 known_hosts（会打印其指纹）。已更改的密钥始终被拒绝。</translation>
    </message>
    <message>
        <source>Read the SSH login password from the first line of standard input (when the inventory has no ansible_password secret).</source>
        <translation>从标准输入的第一行读取 SSH 登录密码（当清单中没有 ansible_password 密钥时）。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Wrong passphrase; again for %1: </source>
        <translation>口令错误；请再次输入 %1 的口令：</translation>
    </message>
    <message>
        <source>stackyardctl: added the host key of %1 (%2 %3) to %4</source>
        <translation>stackyardctl：已将 %1 的主机密钥（%2 %3）加入 %4</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 ms (connect %2 ms)</source>
        <translation>%1 毫秒（连接 %2 毫秒）</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <source>os</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>cpu/ram</source>
        <translation>CPU/内存</translation>
    </message>
    <message>
        <source>%1 CPUs, %2 GiB</source>
        <translation>%1 个 CPU，%2 GiB</translation>
    </message>
    <message>
        <source>yes (no password needed)</source>
        <translation>是（无需密码）</translation>
    </message>
    <message>
        <source>yes (with the become password)</source>
        <translation>是（使用提权密码）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Connects to every host of INVENTORY (or the HOSTs named), all in parallel, and reports reachability, latency, the authentication used, the host key fingerprint, OS, kernel, CPUs, memory and whether sudo works. Exits 1 when a host failed.</source>
        <translation>并行连接 INVENTORY 中的所有主机（或指定的 HOST），报告可达性、延迟、所用认证方式、主机密钥指纹、操作系统、内核、CPU、内存以及 sudo 是否可用。有主机失败时退出码为 1。</translation>
    </message>
    <message>
        <source>Host keys of the inventory (default: all).</source>
        <translation>清单中的主机键（默认：全部）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>stackyardctl host check: expected INVENTORY [HOST…]</source>
        <translation>stackyardctl host check：需要 INVENTORY [HOST…]</translation>
    </message>
    <message>
        <source>Runs COMMAND with its arguments on HOST (an inventory host key), streaming its output, and exits with its status (128+N when killed by signal N, 255 when it could not be run). The arguments reach the host unchanged: no shell reads them. Standard input, when it is not a terminal, is passed on. Ctrl-C terminates the remote command.</source>
        <translation>在 HOST（清单中的主机键）上运行 COMMAND 及其参数，实时输出，并以其状态退出（被信号 N 终止时为 128+N，无法运行时为 255）。参数原样到达主机：不经任何 shell 解析。标准输入不是终端时会被转发。Ctrl-C 会终止远程命令。</translation>
    </message>
    <message>
        <source>The host&apos;s key in the inventory.</source>
        <translation>该主机在清单中的键。</translation>
    </message>
    <message>
        <source>What to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>Run through sudo (as with ansible_become).</source>
        <translation>通过 sudo 运行（同 ansible_become）。</translation>
    </message>
    <message>
        <source>stackyardctl host exec: expected INVENTORY HOST -- COMMAND [ARG…]</source>
        <translation>stackyardctl host exec：需要 INVENTORY HOST -- COMMAND [ARG…]</translation>
    </message>
    <message>
        <source>Copies a file to or from a host: &apos;copy INVENTORY FILE HOST:PATH&apos; uploads, &apos;copy INVENTORY HOST:PATH FILE&apos; downloads. The destination is replaced atomically (a temporary file beside it, fsync, rename): it is either the old or the new file, never a partial one.</source>
        <translation>在本机与主机之间复制文件：“copy INVENTORY FILE HOST:PATH”上传，“copy INVENTORY HOST:PATH FILE”下载。目标文件以原子方式替换（先写入其旁边的临时文件，fsync，再重命名）：它要么是旧文件，要么是新文件，绝不会是不完整的文件。</translation>
    </message>
    <message>
        <source>A local file, or HOST:PATH.</source>
        <translation>本地文件，或 HOST:PATH。</translation>
    </message>
    <message>
        <source>Permission bits of the copy, in octal (default: those of the file replaced, else 0644).</source>
        <translation>副本的权限位，八进制（默认：被替换文件的权限，否则为 0644）。</translation>
    </message>
    <message>
        <source>Write or read the remote file through sudo.</source>
        <translation>通过 sudo 写入或读取远程文件。</translation>
    </message>
    <message>
        <source>stackyardctl host copy: expected INVENTORY SRC DST</source>
        <translation>stackyardctl host copy：需要 INVENTORY SRC DST</translation>
    </message>
    <message>
        <source>stackyardctl host copy: --mode takes octal permission bits such as 0640</source>
        <translation>stackyardctl host copy：--mode 需要八进制权限位，例如 0640</translation>
    </message>
    <message>
        <source>stackyardctl host copy: exactly one of SRC and DST must be HOST:PATH with a host of the inventory</source>
        <translation>stackyardctl host copy：SRC 和 DST 中必须恰好有一个是带有清单中主机的 HOST:PATH</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bytes</source>
        <translation>
            <numerusform>%1：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that hosts are reachable: auth, host key, OS, CPU, RAM, sudo</source>
        <translation>检查主机是否可达：认证、主机密钥、系统、CPU、内存、sudo</translation>
    </message>
    <message>
        <source>Run a command on a host and stream its output</source>
        <translation>在主机上运行命令并实时输出</translation>
    </message>
    <message>
        <source>Copy a file to or from a host (atomic replace)</source>
        <translation>在本机与主机之间复制文件（原子替换）</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>打印计划，不做任何更改。</translation>
    </message>
    <message>
        <source>Only the steps on this host (an inventory host key).</source>
        <translation>只执行此主机（清单中的主机键）上的步骤。</translation>
    </message>
    <message>
        <source>Only this user of the PostgreSQL cluster (like bin/pgsql-user).</source>
        <translation>只处理 PostgreSQL 集群中的此用户（类似 bin/pgsql-user）。</translation>
    </message>
    <message>
        <source>Only this database of the PostgreSQL cluster (like bin/pgsql-db).</source>
        <translation>只处理 PostgreSQL 集群中的此数据库（类似 bin/pgsql-db）。</translation>
    </message>
    <message>
        <source>Print JSON: the plan (with --dry-run) or the run&apos;s result.</source>
        <translation>输出 JSON：计划（配合 --dry-run）或执行结果。</translation>
    </message>
    <message>
        <source>Show each command&apos;s output as it runs.</source>
        <translation>实时显示每条命令的输出。</translation>
    </message>
    <message>
        <source>stackyardctl provision: expected INVENTORY and CLUSTER</source>
        <translation>stackyardctl provision：需要 INVENTORY 和 CLUSTER 两个参数</translation>
    </message>
    <message>
        <source>stackyardctl provision: --user and --database cannot be used together</source>
        <translation>stackyardctl provision：--user 和 --database 不能同时使用</translation>
    </message>
    <message>
        <source>Reading the facts of the hosts…</source>
        <translation>正在读取主机信息…</translation>
    </message>
    <message>
        <source>warning: %1 (an apply fails until it can be read)</source>
        <translation>警告：%1（在能读取之前，执行会失败）</translation>
    </message>
    <message>
        <source>%1: done in %2 s: %3 step(s) changed, %4 already so.</source>
        <translation>%1：用时 %2 秒完成：%3 个步骤有更改，%4 个已是目标状态。</translation>
    </message>
    <message>
        <source>Cancelled: nothing after this step was done. Apply again to continue.</source>
        <translation>已取消：此步骤之后的内容均未执行。再次执行即可继续。</translation>
    </message>
    <message>
        <source>Fix the cause and apply again: steps already done are checked and skipped.</source>
        <translation>请排除原因后再次执行：已完成的步骤会被检查并跳过。</translation>
    </message>
    <message>
        <source>Run recorded in %1</source>
        <translation>运行记录保存在 %1</translation>
    </message>
    <message>
        <source>Lists the provisioning runs recorded on this machine, newest first.</source>
        <translation>列出本机记录的部署运行，最新的在前。</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Plan and apply a PostgreSQL or Redis cluster on its hosts</source>
        <translation>规划并在主机上部署 PostgreSQL 或 Redis 集群</translation>
    </message>
    <message>
        <source>List the recorded provisioning runs</source>
        <translation>列出已记录的部署运行</translation>
    </message>
    <message>
        <source>Provisions a PostgreSQL or Redis cluster, or the compose apps of an app group, of INVENTORY on its hosts. First the hosts&apos; facts are read (OS, memory, cores, init system) and the exact plan is made: every command and every file, secrets masked. --dry-run prints it and changes nothing; otherwise it is applied step by step, each step first checking whether its state is already so. It stops at the first failure with the host, step, command and error; applying again continues. Ctrl-C cancels. Each apply is recorded (see &apos;provision runs&apos;). Exit 0 on success, 1 on a failure.</source>
        <translation>在主机上部署 INVENTORY 中的 PostgreSQL 或 Redis 集群，或某个应用分组的 compose 应用。先读取主机信息（操作系统、内存、CPU 核数、初始化系统），生成确切的计划：每条命令、每个文件，密钥均已隐藏。--dry-run 只打印计划，不做任何更改；否则逐步执行，每一步先检查其状态是否已经达成。遇到第一个失败即停止，并给出主机、步骤、命令和错误；再次执行会接着完成。Ctrl-C 取消。每次执行都会被记录（见 &apos;provision runs&apos;）。成功时退出码为 0，失败时为 1。</translation>
    </message>
    <message>
        <source>A pg_cluster or redis_cluster name, its group, or an app group (apps: dify, open-webui).</source>
        <translation>pg_cluster 或 redis_cluster 名称、其分组名，或应用分组名（应用：dify、open-webui）。</translation>
    </message>
    <message>
        <source>Polls every PostgreSQL and Redis instance, app endpoint and host of INVENTORY (or of one cluster, app or host) and prints its status with the key figures: transactions per second, connections, replication lag, Redis operations and memory, HTTP status and latency, CPU, memory and disk. Rates need two polls, so a single run polls twice, one interval apart. Exit 0 when everything is up, 1 when something is degraded, down or unknown.</source>
        <translation>轮询 INVENTORY 中（或某个集群、应用或主机的）每个 PostgreSQL 和 Redis 实例、应用端点和主机，并输出其状态和关键指标：每秒事务数、连接数、复制延迟、Redis 操作与内存、HTTP 状态与延迟、CPU、内存和磁盘。速率需要两次轮询，因此单次运行会间隔一个周期轮询两次。全部正常时退出码为 0，有降级、宕机或未知时为 1。</translation>
    </message>
    <message>
        <source>Only this cluster, app, app group or host.</source>
        <translation>仅此集群、应用、应用组或主机。</translation>
    </message>
    <message>
        <source>Print every snapshot as JSON (one array per poll with --watch).</source>
        <translation>以 JSON 输出每个快照（使用 --watch 时每次轮询一个数组）。</translation>
    </message>
    <message>
        <source>Poll every SECONDS seconds and print each time until Ctrl-C.</source>
        <translation>每 SECONDS 秒轮询并输出一次，直到按下 Ctrl-C。</translation>
    </message>
    <message>
        <source>How long one poll of a target may take (default 5).</source>
        <translation>单个目标一次轮询的最长时间（默认 5 秒）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>KEY FIGURE</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>stackyardctl health: expected INVENTORY and at most one CLUSTER</source>
        <translation>stackyardctl health：需要 INVENTORY 和至多一个 CLUSTER</translation>
    </message>
    <message>
        <source>stackyardctl health: --watch needs a number of seconds above 0</source>
        <translation>stackyardctl health：--watch 需要大于 0 的秒数</translation>
    </message>
    <message>
        <source>stackyardctl health: --timeout needs a number of seconds above 0</source>
        <translation>stackyardctl health：--timeout 需要大于 0 的秒数</translation>
    </message>
    <message>
        <source>stackyardctl health: %1 has no cluster, app or host named &apos;%2&apos;</source>
        <translation>stackyardctl health：%1 中没有名为“%2”的集群、应用或主机</translation>
    </message>
    <message>
        <source>Show the health of every instance, app and host</source>
        <translation>显示每个实例、应用和主机的健康状况</translation>
    </message>
    <message>
        <source>Prints the last lines of a log of HOST (an inventory host key) and, with --follow, everything written after them until Ctrl-C; a followed file survives rotation (tail -F on the host). SOURCE is a file path, journal:UNIT, compose:APPDIR, or a source the inventory offers for the host: postgres:CLUSTER-SEQ, redis:CLUSTER-NODE-PORT, nginx, nginx:access, nginx:error (an unknown name lists them). Exit 0 when the log was read, 1 when it could not be.</source>
        <translation>输出 HOST（清单中的主机键）某个日志的最后几行；使用 --follow 时继续输出之后写入的所有内容，直到按下 Ctrl-C；被跟踪的文件在轮转后仍会继续跟踪（在主机上执行 tail -F）。SOURCE 为文件路径、journal:UNIT、compose:APPDIR，或清单为该主机提供的来源：postgres:CLUSTER-SEQ、redis:CLUSTER-NODE-PORT、nginx、nginx:access、nginx:error（未知名称会列出可用来源）。读取成功时退出码为 0，无法读取时为 1。</translation>
    </message>
    <message>
        <source>An inventory host key.</source>
        <translation>清单中的主机键。</translation>
    </message>
    <message>
        <source>A file path, journal:UNIT, compose:APPDIR or an offered source name.</source>
        <translation>文件路径、journal:UNIT、compose:APPDIR 或提供的来源名称。</translation>
    </message>
    <message>
        <source>Keep printing new lines until interrupted.</source>
        <translation>持续输出新行，直到被中断。</translation>
    </message>
    <message>
        <source>How many of the last lines to print first (default 100).</source>
        <translation>先输出最后多少行（默认 100）。</translation>
    </message>
    <message>
        <source>Only lines of this level or more severe: debug, info, notice, warning, error, fatal.</source>
        <translation>仅此级别或更严重的行：debug、info、notice、warning、error、fatal。</translation>
    </message>
    <message>
        <source>Only lines matching this regular expression (case-sensitive).</source>
        <translation>仅匹配此正则表达式的行（区分大小写）。</translation>
    </message>
    <message>
        <source>Print one JSON object per line: time, level, source, text.</source>
        <translation>每行输出一个 JSON 对象：时间、级别、来源、文本。</translation>
    </message>
    <message>
        <source>stackyardctl logs: expected INVENTORY, HOST and SOURCE</source>
        <translation>stackyardctl logs：需要 INVENTORY、HOST 和 SOURCE</translation>
    </message>
    <message>
        <source>stackyardctl logs: --lines needs a number of lines</source>
        <translation>stackyardctl logs：--lines 需要一个行数</translation>
    </message>
    <message>
        <source>stackyardctl logs: unknown level &apos;%1&apos; (debug, info, notice, warning, error, fatal)</source>
        <translation>stackyardctl logs：未知级别“%1”（debug、info、notice、warning、error、fatal）</translation>
    </message>
    <message>
        <source>Print or follow a log of a host (file, journal, compose app)</source>
        <translation>输出或跟踪主机的日志（文件、journal、compose 应用）</translation>
    </message>
</context>
<context>
    <name>yaml::Pointer</name>
    <message>
        <source>A pointer must start with &apos;/&apos;</source>
        <translation>指针必须以 &apos;/&apos; 开头</translation>
    </message>
    <message>
        <source>Write it like /all/children/pg-meta/vars/pg_cluster.</source>
        <translation>写法如 /all/children/pg-meta/vars/pg_cluster。</translation>
    </message>
    <message>
        <source>&apos;~&apos; in a pointer must be written ~0, and &apos;/&apos; as ~1</source>
        <translation>指针中的 &apos;~&apos; 必须写作 ~0，&apos;/&apos; 写作 ~1</translation>
    </message>
</context>
<context>
    <name>yaml::Tree</name>
    <message>
        <source>The file holds more than one YAML document</source>
        <translation>该文件包含多个 YAML 文档</translation>
    </message>
    <message>
        <source>An inventory is a single document: remove the second &apos;---&apos;.</source>
        <translation>清单只能是单个文档：请删除第二个 &apos;---&apos;。</translation>
    </message>
    <message>
        <source>The edit does not fit the text</source>
        <translation>此修改与文本不匹配</translation>
    </message>
</context>
</TS>
