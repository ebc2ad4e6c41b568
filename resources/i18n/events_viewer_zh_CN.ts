<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>The article of a quote or an event shows here.</source>
        <translation>引语或事件所在的文章显示在这里。</translation>
    </message>
    <message>
        <source>⚠ The stored position ({where}) no longer matches the article text; it is not highlighted. Rebuild the database.</source>
        <translation>⚠ 存储的位置（{where}）与文章正文已不一致，因此未加高亮。请重建数据库。</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>Open events database</source>
        <translation>打开事件数据库</translation>
    </message>
    <message>
        <source>Events database (*.db *.sqlite);;All files (*)</source>
        <translation>事件数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export selected quotes</source>
        <translation>导出所选引语</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜索语法</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>not “{text}”</source>
        <translation>不含“{text}”</translation>
    </message>
    <message>
        <source>excluding {field}: is not supported; ignored “{text}”</source>
        <translation>不支持排除 {field}:，已忽略“{text}”</translation>
    </message>
    <message>
        <source>text “{text}”</source>
        <translation>文字“{text}”</translation>
    </message>
    <message>
        <source>kind must be direct or reported, not “{text}”</source>
        <translation>kind 只能是 direct 或 reported，不能是“{text}”</translation>
    </message>
    <message>
        <source>direct quotes</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>reported quotes</source>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>sort must be date or relevance, not “{text}”</source>
        <translation>sort 只能是 date 或 relevance，不能是“{text}”</translation>
    </message>
    <message>
        <source>sorted by date</source>
        <translation>按日期排序</translation>
    </message>
    <message>
        <source>sorted by relevance</source>
        <translation>按相关度排序</translation>
    </message>
    <message>
        <source>cannot read date “{text}”</source>
        <translation>无法识别日期“{text}”</translation>
    </message>
    <message>
        <source>before {date}</source>
        <translation>{date}之前</translation>
    </message>
    <message>
        <source>after {date}</source>
        <translation>{date}之后</translation>
    </message>
    <message>
        <source>date {date} (within)</source>
        <translation>日期：{date}（完全落在其中）</translation>
    </message>
    <message>
        <source>date {date} (overlaps)</source>
        <translation>日期：{date}（有重叠即可）</translation>
    </message>
    <message>
        <source>“{text}” matches more than {limit:,} people; type more of the name</source>
        <translation>“{text}”匹配到超过 {limit:,} 人，请输入更完整的名字</translation>
    </message>
    <message>
        <source>nobody matches “{text}”</source>
        <translation>没有人与“{text}”匹配</translation>
    </message>
    <message>
        <source>who: {names} and {more:,} more</source>
        <translation>人物：{names}等，另有 {more:,} 人</translation>
    </message>
    <message>
        <source>who: {names}</source>
        <translation>人物：{names}</translation>
    </message>
    <message>
        <source>no such date “{text}”: {problem}</source>
        <translation>没有“{text}”这个日期：{problem}</translation>
    </message>
    <message>
        <source>“{text}” is no whole date yet</source>
        <translation>“{text}”还不是完整的日期</translation>
    </message>
    <message>
        <source>text “{text}” or who: {names} and {more:,} more</source>
        <translation>文字“{text}”或人物：{names}等，另有 {more:,} 人</translation>
    </message>
    <message>
        <source>text “{text}” or who: {names}</source>
        <translation>文字“{text}”或人物：{names}</translation>
    </message>
    <message>
        <source>organisation: {names}</source>
        <translation>机构：{names}</translation>
    </message>
    <message>
        <source>organisations: {names}</source>
        <translation>机构：{names}</translation>
    </message>
    <message>
        <source>organisations: {names} and {more:,} more</source>
        <translation>机构：{names}等，另有 {more:,} 个</translation>
    </message>
    <message>
        <source>people and organisations: {names}</source>
        <translation>人物和机构：{names}</translation>
    </message>
    <message>
        <source>people and organisations: {names} and {more:,} more</source>
        <translation>人物和机构：{names}等，另有 {more:,} 个</translation>
    </message>
    <message>
        <source>text “{text}” or organisation: {names}</source>
        <translation>文字“{text}”或机构：{names}</translation>
    </message>
    <message>
        <source>text “{text}” or organisations: {names}</source>
        <translation>文字“{text}”或机构：{names}</translation>
    </message>
    <message>
        <source>text “{text}” or organisations: {names} and {more:,} more</source>
        <translation>文字“{text}”或机构：{names}等，另有 {more:,} 个</translation>
    </message>
    <message>
        <source>text “{text}” or people and organisations: {names}</source>
        <translation>文字“{text}”或人物和机构：{names}</translation>
    </message>
    <message>
        <source>text “{text}” or people and organisations: {names} and {more:,} more</source>
        <translation>文字“{text}”或人物和机构：{names}等，另有 {more:,} 个</translation>
    </message>
    <message>
        <source>text “{text}” or headlines: {titles} and {more:,} more</source>
        <translation>文字“{text}”或标题：{titles}等，另有 {more:,} 篇</translation>
    </message>
    <message>
        <source>text “{text}” or headlines: {titles}</source>
        <translation>文字“{text}”或标题：{titles}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Correct the chosen fact</source>
        <translation>更正所选内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. 2026-03-17, 3月17日, 2026年3月</source>
        <translation>例如 2026-03-17、3月17日、2026年3月</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>设定日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>设定发言人</translation>
    </message>
    <message>
        <source>A paraphrase, not a quote</source>
        <translation>这是作者的概述，不是引语</translation>
    </message>
    <message>
        <source>The words are the writer's summary, not the speaker's: leave this quote out (Undo brings it back)</source>
        <translation>这是作者的概述，不是说话人的原话：不收录这条引语（撤销可恢复）</translation>
    </message>
    <message>
        <source>A claim nobody is quoted saying</source>
        <translation>这是一种说法，并非某人的原话</translation>
    </message>
    <message>
        <source>Nobody is quoted saying this: keep it as a claim the article reports, not as a quote</source>
        <translation>没有人被引述说过这句话：作为文章报道的说法保留，不作为引语</translation>
    </message>
    <message>
        <source>Date said</source>
        <translation>发言日期</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>The same person as</source>
        <translation>与此人为同一人</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>The same person as:</source>
        <translation>与此人为同一人：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>no role found</source>
        <translation>未找到职务</translation>
    </message>
    <message>
        <source>Title of the role</source>
        <translation>职务名称</translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>设定职务</translation>
    </message>
    <message>
        <source>The chosen role under the title typed beside it</source>
        <translation>将所选职务改为旁边输入的名称</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>删除职务</translation>
    </message>
    <message>
        <source>The person does not hold the chosen role: leave it out</source>
        <translation>此人并未担任所选职务：不保存此职务</translation>
    </message>
    <message>
        <source>Organisation of the role to add</source>
        <translation>要添加的职务所属的机构</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>添加职务</translation>
    </message>
    <message>
        <source>The title typed above as another role of the person, at the organisation chosen</source>
        <translation>将上方输入的职务名称添加为此人的另一个职务，属于所选机构</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>New role at:</source>
        <translation>新职务所属机构：</translation>
    </message>
    <message>
        <source>a title to add</source>
        <translation>要添加的职务名称</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>不属于任何机构</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>The organisation under the name typed (the name printed kept as another)</source>
        <translation>将机构改用输入的名称（文中印出的名称保留为别名）</translation>
    </message>
    <message>
        <source>Rename the organisation</source>
        <translation>为机构改名</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <source>Also dates the %n quote(s) said at it.</source>
        <translation>在此事件中说的 %n 条引语也一并改用这一日期。</translation>
    </message>
    <message>
        <source>Add what was missed</source>
        <translation>补上遗漏的内容</translation>
    </message>
    <message>
        <source>Add as a person</source>
        <translation>添加为人物</translation>
    </message>
    <message>
        <source>The name selected in the article is a person it missed</source>
        <translation>文中选中的名字是一位漏掉的人物</translation>
    </message>
    <message>
        <source>Speaker of the new quote</source>
        <translation>新引语的发言人</translation>
    </message>
    <message>
        <source>Date of the new event</source>
        <translation>新事件的日期</translation>
    </message>
    <message>
        <source>New quote by:</source>
        <translation>新引语发言人：</translation>
    </message>
    <message>
        <source>New event on:</source>
        <translation>新事件日期：</translation>
    </message>
    <message>
        <source>setting a date</source>
        <translation>设定日期</translation>
    </message>
    <message>
        <source>setting a speaker</source>
        <translation>设定发言人</translation>
    </message>
    <message>
        <source>renaming a person</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>renaming an organisation</source>
        <translation>为机构改名</translation>
    </message>
    <message>
        <source>merging two people</source>
        <translation>合并两个人物</translation>
    </message>
    <message>
        <source>setting a role's title</source>
        <translation>设定职务名称</translation>
    </message>
    <message>
        <source>removing a role</source>
        <translation>删除职务</translation>
    </message>
    <message>
        <source>adding a role</source>
        <translation>添加职务</translation>
    </message>
    <message>
        <source>making a quote a claim</source>
        <translation>把引语改为说法</translation>
    </message>
    <message>
        <source>adding a person</source>
        <translation>添加人物</translation>
    </message>
    <message>
        <source>adding a quote</source>
        <translation>添加引语</translation>
    </message>
    <message>
        <source>adding an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>setting the title</source>
        <translation>设定标题</translation>
    </message>
    <message>
        <source>setting the author</source>
        <translation>设定作者</translation>
    </message>
    <message>
        <source>setting the publisher</source>
        <translation>设定媒体</translation>
    </message>
    <message>
        <source>setting the web address</source>
        <translation>设定网址</translation>
    </message>
    <message>
        <source>making a quote a paraphrase</source>
        <translation>把引语标为作者的概述</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>引语类型</translation>
    </message>
    <message>
        <source>Choose a person, an organisation, an event or a quote to correct it.</source>
        <translation>选择一个人物、机构、事件或引语，即可更正。</translation>
    </message>
    <message>
        <source>direct (in quote marks)</source>
        <translation>直接（引号内）</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Add as a quote</source>
        <translation>添加为引语</translation>
    </message>
    <message>
        <source>The words selected in the article are a quote it missed</source>
        <translation>文中选中的文字是一条漏掉的引语</translation>
    </message>
    <message>
        <source>Add as an event</source>
        <translation>添加为事件</translation>
    </message>
    <message>
        <source>The words selected in the article tell a dated event it missed, on this date</source>
        <translation>文中选中的文字讲述了一件漏掉的、有日期的事件</translation>
    </message>
    <message>
        <source>Missed? Select it in the article:</source>
        <translation>有遗漏？在文章中选中它：</translation>
    </message>
    <message>
        <source>{title} ({org})</source>
        <translation>{title}（{org}）</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>database not found: {path}</source>
        <translation>找不到数据库：{path}</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>无法打开 {path}：{problem}</translation>
    </message>
    <message>
        <source>a folder, not a database file: {path}</source>
        <translation>是文件夹，不是数据库文件：{path}</translation>
    </message>
    <message>
        <source>not a database file: {path}</source>
        <translation>不是数据库文件：{path}</translation>
    </message>
    <message>
        <source>empty file, not an events database: {path}</source>
        <translation>文件为空，不是事件数据库：{path}</translation>
    </message>
    <message>
        <source>not an events database (no meta table): {path}</source>
        <translation>不是事件数据库（缺少 meta 表）：{path}</translation>
    </message>
    <message>
        <source>cannot read database {path}: {problem}</source>
        <translation>无法读取数据库 {path}：{problem}</translation>
    </message>
    <message>
        <source>not a SQLite database: {path}</source>
        <translation>不是 SQLite 数据库：{path}</translation>
    </message>
    <message>
        <source>corrupt or not a SQLite database: {path} ({problem})</source>
        <translation>数据库已损坏，或不是 SQLite 数据库：{path}（{problem}）</translation>
    </message>
    <message>
        <source>wrong schema version {found} (this app reads {reads}): {path}</source>
        <translation>数据库结构版本为 {found}，本程序只能读取版本 {reads}：{path}</translation>
    </message>
    <message>
        <source>wrong schema, missing tables {tables}: {path}</source>
        <translation>数据库结构不符，缺少以下表：{tables}：{path}</translation>
    </message>
    <message>
        <source>cannot read {path}: an interrupted write left {journal} beside it, and the bundled database is never written here; rebuild it with `make db`</source>
        <translation>无法读取 {path}：一次中断的写入在旁边留下了 {journal}，而程序自带的数据库在这里从不写入；请用 `make db` 重建</translation>
    </message>
    <message>
        <source>cannot read {path}: an interrupted import left {journal}, and rolling it back needs write access to the file and its folder ({problem}); the saved data is intact</source>
        <translation>无法读取 {path}：一次中断的导入留下了 {journal}，回滚它需要对该文件及其文件夹有写权限（{problem}）；已保存的数据完好无损</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot change {path}: {problem}; the library was not changed</source>
        <translation>无法修改 {path}：{problem}；资料库未改动</translation>
    </message>
    <message>
        <source>no file name to write to</source>
        <translation>没有可写入的文件名</translation>
    </message>
    <message>
        <source>{name}: not an article (.txt, .md or .html)</source>
        <translation>{name}：不是文章（只能导入 .txt、.md 或 .html）</translation>
    </message>
    <message>
        <source>{name}: links to {target}, which is not an article (.txt, .md or .html)</source>
        <translation>{name}：链接指向 {target}，它不是文章（只能导入 .txt、.md 或 .html）</translation>
    </message>
    <message>
        <source>{name}: not a regular file (a folder, device or FIFO), not an article</source>
        <translation>{name}：不是普通文件（而是文件夹、设备或管道），不是文章</translation>
    </message>
    <message>
        <source>{name}: too large for an article (limit {limit} MB)</source>
        <translation>{name}：作为一篇文章太大（上限 {limit} MB）</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <source>{name}: no text in the file</source>
        <translation>{name}：文件中没有文字</translation>
    </message>
    <message>
        <source>{name}: {size} characters of text is more than one article (limit {limit}); split it and import the parts</source>
        <translation>{name}：正文有 {size} 个字符，超出一篇文章的长度（上限 {limit}）；请拆分后分别导入</translation>
    </message>
    <message>
        <source>{name}: a binary file, not an article</source>
        <translation>{name}：是二进制文件，不是文章</translation>
    </message>
    <message>
        <source>{name}: starts with a {label} byte-order mark but is not valid {label} (byte {byte}: {problem})</source>
        <translation>{name}：以 {label} 字节序标记开头，却不是有效的 {label}（第 {byte} 字节：{problem}）</translation>
    </message>
    <message>
        <source>{name}: cannot tell its text encoding (not UTF-8, GB18030, Big5 or UTF-16)</source>
        <translation>{name}：无法判断文字编码（不是 UTF-8、GB18030、Big5 或 UTF-16）</translation>
    </message>
    <message>
        <source>cannot read the date “{text}”: {problem}</source>
        <translation>无法识别日期“{text}”：{problem}</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <source>the article does not print the name “{name}”</source>
        <translation>文章中没有出现名字“{name}”</translation>
    </message>
    <message>
        <source>“{name}” is already among the people</source>
        <translation>“{name}”已在人物之中</translation>
    </message>
    <message>
        <source>a role's title cannot be empty: remove the role instead</source>
        <translation>职务名称不能为空：不要此职务请删除它</translation>
    </message>
    <message>
        <source>{name} already has the role “{title}”</source>
        <translation>{name}已有职务“{title}”</translation>
    </message>
    <message>
        <source>type the role's title first</source>
        <translation>请先输入职务名称</translation>
    </message>
    <message>
        <source>select the quoted words in the article first</source>
        <translation>请先在文章中选中引语的文字</translation>
    </message>
    <message>
        <source>select the words that tell the event in the article first</source>
        <translation>请先在文章中选中讲述事件的文字</translation>
    </message>
    <message>
        <source>no such day: {day}</source>
        <translation>没有这一天：{day}</translation>
    </message>
    <message>
        <source>no such month: {month}</source>
        <translation>没有这个月份：{month}</translation>
    </message>
    <message>
        <source>no such year: {year}</source>
        <translation>没有这个年份：{year}</translation>
    </message>
    <message>
        <source>date range ends before it starts: {text}</source>
        <translation>日期范围的结束早于开始：{text}</translation>
    </message>
    <message>
        <source>cannot read date {text}</source>
        <translation>无法识别日期 {text}</translation>
    </message>
    <message>
        <source>this date needs a year, and there is no publication date to take it from</source>
        <translation>这个日期需要年份，而文章没有发表日期可供推断</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>数据库或磁盘已满</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>数据库是只读的，无法写入</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>数据库被锁定</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘读写错误</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读的文件系统</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>{when}; printed as “{printed}”</source>
        <translation>{when}；原文作“{printed}”</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>正在保存 {name}</translation>
    </message>
    <message>
        <source>Reading %Ln article(s)…</source>
        <translation>正在读取 %Ln 篇文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>{problem}

The library was not changed.</source>
        <translation>{problem}

资料库未作任何改动。</translation>
    </message>
    <message>
        <source>Saving to the library…</source>
        <translation>正在保存到资料库…</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <source>{summary}.

{problems}</source>
        <translation>{summary}。

{problems}</translation>
    </message>
    <message>
        <source>cancelled, the library was not changed</source>
        <translation>已取消，资料库未改动</translation>
    </message>
    <message>
        <source>%Ln imported</source>
        <translation>已导入 %Ln 篇</translation>
    </message>
    <message>
        <source>%Ln already in the library</source>
        <translation>%Ln 篇已在资料库中</translation>
    </message>
    <message>
        <source>%Ln could not be read</source>
        <translation>%Ln 篇无法读取</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Next / previous control (leaves a list)</source>
        <translation>下一个 / 上一个控件（可跳出列表）</translation>
    </message>
    <message>
        <source>Move in a list; with Shift, extend the quote selection (Home / End: to the first / last)</source>
        <translation>在列表中移动；按住 Shift 可扩展所选引语（Home / End：扩展到第一条 / 最后一条）</translation>
    </message>
    <message>
        <source>Step out of a chosen person, event, range or quote; with none, clear the search box</source>
        <translation>退出所选的人物、事件、时间范围或引语；若未选择，则清空搜索框</translation>
    </message>
    <message>
        <source>in the empty search box</source>
        <translation>（在空白搜索框中）</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <source>{keys}, {more}</source>
        <translation>{keys}，{more}</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Timeline: zoom around the chosen event (else the centre); Ctrl+wheel, the pointer</source>
        <translation>时间线：以所选事件（未选时以中心）为准缩放；Ctrl+滚轮以指针位置为准</translation>
    </message>
    <message>
        <source>Timeline: fit every event</source>
        <translation>时间线：显示全部事件</translation>
    </message>
    <message>
        <source>Timeline: previous / next event</source>
        <translation>时间线：上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Timeline: pan</source>
        <translation>时间线：平移</translation>
    </message>
    <message>
        <source>Timeline: more lanes</source>
        <translation>时间线：查看更多泳道</translation>
    </message>
    <message>
        <source>Timeline: show the event in the article</source>
        <translation>时间线：在文章中显示该事件</translation>
    </message>
    <message>
        <source>Space, Menu</source>
        <translation>空格键、菜单键</translation>
    </message>
    <message>
        <source>Timeline: open the cluster holding the chosen event</source>
        <translation>时间线：展开所选事件所在的聚合</translation>
    </message>
    <message>
        <source>Manage Library: take the selected articles out</source>
        <translation>管理资料库：移除所选文章</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>dot: a day</source>
        <translation>圆点：某一天</translation>
    </message>
    <message>
        <source>band: a month, a year or a range of days</source>
        <translation>色带：某月、某年或一段日期</translation>
    </message>
    <message>
        <source>faded band: an approximate date (今年初, early 2026)</source>
        <translation>淡色色带：约略日期（今年初、2026年初）</translation>
    </message>
    <message>
        <source>gradient: open on one side, “after 3月4日” fades to the right, “before …” to the left</source>
        <translation>渐变：一端不确定，“3月4日之后”向右渐淡，“……之前”向左渐淡</translation>
    </message>
    <message>
        <source>dashed outline: the year was inferred (the source gave only month and day)</source>
        <translation>虚线边框：年份系推断（原文只给出月和日）</translation>
    </message>
    <message>
        <source>a * after a date (lists, tooltips): the year was inferred</source>
        <translation>日期后的 *（列表、提示中）：年份系推断</translation>
    </message>
    <message>
        <source>cluster: events too close to tell apart; click to list them, zoom in to days to stack them</source>
        <translation>事件簇：事件太密，无法分开显示；点击可列出，放大到按日显示时会逐行排开</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>时间线图例</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>The articles in your library, {path}. Select some to take them out.</source>
        <translation>你的资料库（{path}）中的文章。选中文章即可将其移出。</translation>
    </message>
    <message>
        <source>Your library holds no articles: File → Import Articles… adds them.</source>
        <translation>你的资料库中没有文章：“文件 → 导入文章…”可加入文章。</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>从资料库移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected articles from the library</source>
        <translation>从资料库移除所选文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>资料库中的文章</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another events database</source>
        <translation>打开另一个事件数据库</translation>
    </message>
    <message>
        <source>&amp;Reload Database</source>
        <translation>重新载入数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Read the open database again: what another program added to it shows</source>
        <translation>重新读取当前数据库：显示其他程序在此期间添加的内容</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>Read articles, review what was extracted, and add them to your library</source>
        <translation>读取文章，核对提取结果，再加入你的资料库</translation>
    </message>
    <message>
        <source>Manage &amp;Library…</source>
        <translation>管理资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>The articles you imported: see them, or take some out of your library</source>
        <translation>你导入的文章：查看，或将其中一些移出资料库</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected quotes with citations (Markdown, CSV, JSON)</source>
        <translation>导出所选引语及出处（Markdown、CSV、JSON）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Copy Quotes</source>
        <translation>复制引语(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected quotes with citations</source>
        <translation>复制所选引语及出处</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search people, dates or text</source>
        <translation>搜索人物、日期或文字</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>显示全部(&amp;S)</translation>
    </message>
    <message>
        <source>Clear the search and the selection</source>
        <translation>清除搜索和选择</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About events-viewer and its sources</source>
        <translation>关于 events-viewer 及其资料来源</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Move to the next pane</source>
        <translation>转到下一个窗格</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Move to the previous pane</source>
        <translation>转到上一个窗格</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>搜索语法(&amp;S)</translation>
    </message>
    <message>
        <source>The search language, with examples</source>
        <translation>搜索语言及示例</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>窗口响应的所有按键</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Language (applies on restart)</source>
        <translation>界面语言(&amp;L)（重启后生效）</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when events-viewer starts again.</source>
        <translation>界面语言将在 events-viewer 下次启动时切换。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>{problem}

Use File → Open Database… to choose another.</source>
        <translation>{problem}

请通过“文件 → 打开数据库…”选择其他数据库。</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Read {name} again</source>
        <translation>已重新读取 {name}</translation>
    </message>
    <message>
        <source>Import: {summary}</source>
        <translation>导入：{summary}</translation>
    </message>
    <message>
        <source> — the search is still on: Esc in the search box shows everything</source>
        <translation>——搜索仍在生效：在搜索框按 Esc 即可显示全部</translation>
    </message>
    <message>
        <source>Their events and quotes go with them, and the people no other article names. This cannot be undone: importing an article again brings it back.</source>
        <translation>文章中的事件和引语随之移除，其他文章未提及的人物也一并移除。此操作无法撤销：再次导入该文章即可恢复。</translation>
    </message>
    <message>
        <source>Library: %Ln article(s) removed</source>
        <translation>资料库：已移除 %Ln 篇文章</translation>
    </message>
    <message>
        <source>No database open — File → Open</source>
        <translation>未打开数据库——请使用“文件 → 打开数据库”</translation>
    </message>
    <message>
        <source>Search failed: {problem}</source>
        <translation>搜索失败：{problem}</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>1 of %Ln people</source>
        <translation>%Ln 人中的 1 人</translation>
    </message>
    <message>
        <source>%Ln person(s)</source>
        <translation>%Ln 人</translation>
    </message>
    <message>
        <source>1 of %Ln organisations</source>
        <translation>%Ln 个机构中的 1 个</translation>
    </message>
    <message>
        <source>%Ln organisation(s)</source>
        <translation>%Ln 个机构</translation>
    </message>
    <message>
        <source>1 of %Ln events</source>
        <translation>%Ln 个事件中的 1 个</translation>
    </message>
    <message>
        <source>%Ln event(s)</source>
        <translation>%Ln 个事件</translation>
    </message>
    <message>
        <source>%Ln quote(s)</source>
        <translation>%Ln 条引语</translation>
    </message>
    <message>
        <source>the event “{summary}”</source>
        <translation>事件“{summary}”</translation>
    </message>
    <message>
        <source>narrowed to {what} (Esc shows all)</source>
        <translation>已限定为{what}（按 Esc 显示全部）</translation>
    </message>
    <message>
        <source>Cannot cite these quotes</source>
        <translation>无法为这些引语生成出处</translation>
    </message>
    <message>
        <source>Copied %Ln quote(s) with citations</source>
        <translation>已复制 %Ln 条引语及出处</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Back to the previous search or selection</source>
        <translation>返回上一个搜索或选择</translation>
    </message>
    <message>
        <source>Forward to the next search or selection</source>
        <translation>前进到下一个搜索或选择</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <source>Take %Ln article(s) out of your library?</source>
        <translation>要将 %Ln 篇文章移出你的资料库吗？</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>从资料库移除</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between what a query was read as</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”: the search covers events, quotes, people, roles and headlines, not articles' whole text</source>
        <translation>没有匹配“{query}”的结果：搜索范围为事件、引语、人物、职务和标题，不含文章全文</translation>
    </message>
    <message>
        <source>Back to the previous choice in this search</source>
        <translation>返回本次搜索中的上一个选择</translation>
    </message>
    <message>
        <source>Forward to the next choice in this search</source>
        <translation>前进到本次搜索中的下一个选择</translation>
    </message>
    <message>
        <source>Back to the search “{query}”</source>
        <translation>返回搜索“{query}”</translation>
    </message>
    <message>
        <source>Forward to the search “{query}”</source>
        <translation>前进到搜索“{query}”</translation>
    </message>
    <message>
        <source>Back to everything</source>
        <translation>返回全部内容</translation>
    </message>
    <message>
        <source>Forward to everything</source>
        <translation>前进到全部内容</translation>
    </message>
    <message>
        <source>Exported %Ln quote(s) to {path}</source>
        <translation>已将 %Ln 条引语导出到 {path}</translation>
    </message>
    <message>
        <source>No quotes are shown. Search for something, or use Show All.</source>
        <translation>当前没有显示任何引语。请先搜索，或使用“显示全部”。</translation>
    </message>
    <message>
        <source>Too many quotes to export at once</source>
        <translation>引语太多，无法一次导出</translation>
    </message>
    <message>
        <source>{shown} quotes are shown; select the ones to export, or narrow the search (at most {limit} at once).</source>
        <translation>当前显示了 {shown} 条引语；请选择要导出的引语，或缩小搜索范围（一次最多 {limit} 条）。</translation>
    </message>
    <message>
        <source>No quotes are selected. Export all %Ln quote(s) shown?</source>
        <translation>尚未选择引语。要导出当前显示的全部 %Ln 条引语吗？</translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>导出引语</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>• … and {count} more</source>
        <translation>• ……另有 {count} 篇</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>{app} {version}
Who did what, when, and who said what.

Database: {database}
Source articles:
{sources}</source>
        <translation>{app} {version}
谁在何时做了什么，谁说了什么。

数据库：{database}
来源文章：
{sources}</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>时间线概览</translation>
    </message>
    <message>
        <source>The whole span of the events; the box is what the timeline shows. Click or drag to move.</source>
        <translation>事件的完整时间跨度；方框内是时间线当前显示的范围。点击或拖动可移动视图。</translation>
    </message>
</context>
<context>
    <name>Painter</name>
    <message>
        <source>{shown} of %Ln event(s) in view — loading them…</source>
        <translation>视图中有 {shown} 个事件（共 %Ln 个），正在载入…</translation>
    </message>
    <message>
        <source>▲ %n more lane(s) (↑, Shift+wheel)</source>
        <translation>▲ 上方还有 %n 条泳道（↑，Shift+滚轮）</translation>
    </message>
    <message>
        <source>▼ %n more lane(s) (↓, Shift+wheel)</source>
        <translation>▼ 下方还有 %n 条泳道（↓，Shift+滚轮）</translation>
    </message>
    <message>
        <source>{shown} of %Ln event(s) in view — too many to draw one by one; zoom in (Ctrl+wheel, +) or drag on the axis to choose a range. Bars: days; bands below: months and years.</source>
        <translation>视图中有 {shown} 个事件（共 %Ln 个），太多，无法逐一绘制；请放大（Ctrl+滚轮、+），或在时间轴上拖动选择范围。竖条：按日；下方色带：按月、按年。</translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>人物与机构</translation>
    </message>
    <message>
        <source>Roles and note</source>
        <translation>职务与备注</translation>
    </message>
    <message>
        <source>Their events</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <source>Their quotes</source>
        <translation>相关引语</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <source>No quotes.</source>
        <translation>没有引语。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Articles their roles are printed in</source>
        <translation>印有其职务的文章</translation>
    </message>
    <message>
        <source>{roles}: {title}</source>
        <translation>{roles}：{title}</translation>
    </message>
    <message>
        <source>Articles ({count})</source>
        <translation>文章（{count}）</translation>
    </message>
    <message>
        <source>Choose a person or an organisation to see their roles, events and quotes.</source>
        <translation>选择一个人物或机构，即可查看其职务、相关事件和引语。</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>没有匹配的人物或机构。</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>尚无人物或机构。</translation>
    </message>
    <message>
        <source>Events ({count})</source>
        <translation>事件（{count}）</translation>
    </message>
    <message>
        <source>Quotes ({count})</source>
        <translation>引语（{count}）</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>又名：{names}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>  (printed “{text}”)</source>
        <translation>（原文作“{text}”）</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
</context>
<context>
    <name>QuoteModel</name>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>published {day}</source>
        <translation>{day}发布</translation>
    </message>
    <message>
        <source>Published {day}: the article's date.
The quote itself carries no date.</source>
        <translation>{day}发布：这是文章的日期。
引语本身没有日期。</translation>
    </message>
    <message>
        <source>{when}
printed as “{printed}”</source>
        <translation>{when}
原文作“{printed}”</translation>
    </message>
    <message>
        <source>direct: in quote marks</source>
        <translation>直接引语：在引号之内</translation>
    </message>
    <message>
        <source>reported: after 表示: / 称: with no quote marks</source>
        <translation>间接引语：在“表示：”“称：”之后，不加引号</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Quote list</source>
        <translation>引语列表</translation>
    </message>
    <message>
        <source>No quotes match.</source>
        <translation>没有匹配的引语。</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>尚无引语。</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>最近打开(&amp;C)</translation>
    </message>
    <message>
        <source>Bundled example ({name})</source>
        <translation>内置示例（{name}）</translation>
    </message>
    <message>
        <source>Your library ({name})</source>
        <translation>你的资料库（{name}）</translation>
    </message>
</context>
<context>
    <name>Remover</name>
    <message>
        <source>Taking the articles out of the library…</source>
        <translation>正在将文章移出资料库…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Could not change the library</source>
        <translation>无法修改资料库</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>People (%n)</source>
        <translation>人物（%n）</translation>
    </message>
    <message>
        <source>Dated events (%n)</source>
        <translation>有日期的事件（%n）</translation>
    </message>
    <message>
        <source>Quotes (%n)</source>
        <translation>引语（%n）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>{speaker} ({kind}): “{quote}”</source>
        <translation>{speaker}（{kind}）：“{quote}”</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>提取结果</translation>
    </message>
    <message>
        <source>Review extracted facts</source>
        <translation>核对提取结果</translation>
    </message>
    <message>
        <source>Review imported articles</source>
        <translation>核对导入的文章</translation>
    </message>
    <message>
        <source>%Ln person(s)</source>
        <translation>%Ln 人</translation>
    </message>
    <message>
        <source>{speaker} ({kind}): {quote}</source>
        <translation>{speaker}（{kind}）：{quote}</translation>
    </message>
    <message>
        <source>%Ln event(s)</source>
        <translation>%Ln 个事件</translation>
    </message>
    <message>
        <source>%Ln quote(s)</source>
        <translation>%Ln 条引语</translation>
    </message>
    <message>
        <source>setting the publication date</source>
        <translation>设定发布日期</translation>
    </message>
    <message>
        <source>unticking</source>
        <translation>取消勾选</translation>
    </message>
    <message>
        <source>ticking</source>
        <translation>勾选</translation>
    </message>
    <message>
        <source>Already in your library, text for text: saving it again adds nothing</source>
        <translation>你的资料库中已有这篇文章（全文相同）：再次保存不会增加任何内容</translation>
    </message>
    <message>
        <source>Untick to leave this article out</source>
        <translation>取消勾选即不导入这篇文章</translation>
    </message>
    <message>
        <source>Articles to import</source>
        <translation>待导入的文章</translation>
    </message>
    <message>
        <source>Extracted facts</source>
        <translation>提取到的内容</translation>
    </message>
    <message>
        <source>Article with the chosen fact highlighted</source>
        <translation>文章（所选内容已高亮）</translation>
    </message>
    <message>
        <source>Untick anything extracted wrongly; click a line to see where the article says it.</source>
        <translation>取消勾选提取有误的内容；点击某一行，可查看文章中对应的原文。</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>保存到资料库</translation>
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
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Organisations (%n)</source>
        <translation>机构（%n）</translation>
    </message>
    <message>
        <source>People ({saved} of {listed})</source>
        <translation>人物（{saved}/{listed}）</translation>
    </message>
    <message>
        <source>Organisations ({saved} of {listed})</source>
        <translation>机构（{saved}/{listed}）</translation>
    </message>
    <message>
        <source>Dated events ({saved} of {listed})</source>
        <translation>有日期的事件（{saved}/{listed}）</translation>
    </message>
    <message>
        <source>Quotes ({saved} of {listed})</source>
        <translation>引语（{saved}/{listed}）</translation>
    </message>
    <message>
        <source>Not saved: its speaker, {name}, is unticked</source>
        <translation>不会保存：其说话人“{name}”未勾选</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Read again with this date</source>
        <translation>按此日期重新读取</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发布：</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Author of the article</source>
        <translation>文章作者</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>媒体：</translation>
    </message>
    <message>
        <source>Publisher of the article</source>
        <translation>刊发媒体</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>文章的网址</translation>
    </message>
    <message>
        <source>https://… where it was found</source>
        <translation>https://…（来源网页）</translation>
    </message>
    <message>
        <source>Not a web address: “%1”. Give one that begins with http:// or https://.</source>
        <translation>“%1”不是网址：请填写以 http:// 或 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>The text prints no publication date: give it, or a web address with its day; every relative date hangs on it.</source>
        <translation>原文没有印出发布日期：请填写，或填写含日期的网址——所有相对日期都以它为准。</translation>
    </message>
    <message>
        <source>A guess from “%1” (its month and year assumed): the text prints no full date. Check it; every relative date hangs on it.</source>
        <translation>推测自原文的“%1”（年份和月份均系推定）：原文没有印出完整日期。请核对——所有相对日期都以它为准。</translation>
    </message>
    <message>
        <source>A guess from “%1” (its year assumed): the text prints no full date. Check it; every relative date hangs on it.</source>
        <translation>推测自原文的“%1”（年份系推定）：原文没有印出完整日期。请核对——所有相对日期都以它为准。</translation>
    </message>
    <message>
        <source>A guess: the text prints no full date. Check it; every relative date hangs on it.</source>
        <translation>这是推测：原文没有印出完整日期。请核对——所有相对日期都以它为准。</translation>
    </message>
    <message>
        <source>From its web address: %1</source>
        <translation>取自网址：%1</translation>
    </message>
    <message>
        <source>As the page declares it: %1</source>
        <translation>网页元数据所载：%1</translation>
    </message>
    <message>
        <source>As given: %1</source>
        <translation>按所填：%1</translation>
    </message>
    <message>
        <source>As printed: %1</source>
        <translation>原文所印：%1</translation>
    </message>
    <message>
        <source>(Its web address prints %1.)</source>
        <translation>（其网址所示日期为 %1。）</translation>
    </message>
    <message>
        <source>Cannot read this date: %1</source>
        <translation>读不懂这个日期：%1</translation>
    </message>
    <message>
        <source>Give a whole day, such as 2026-03-07.</source>
        <translation>请给出具体到日的日期，例如 2026-03-07。</translation>
    </message>
    <message>
        <source>Reading the article again…</source>
        <translation>正在重新读取文章…</translation>
    </message>
    <message>
        <source>already in your library</source>
        <translation>已在你的资料库中</translation>
    </message>
    <message>
        <source>Tick an article to save it</source>
        <translation>勾选一篇文章后即可保存</translation>
    </message>
    <message>
        <source>Saves once the article is read again…</source>
        <translation>文章重新读取完毕后即保存…</translation>
    </message>
    <message>
        <source>“%1” prints no publication date, so %n happening(s) it tells by that day (%2) cannot be placed in time and would not be saved as events.

Give its publication date at the top of the review to save what it tells by that day as dated events, or save the article as it is.</source>
        <translation>《%1》没有印出发布日期，因此文中以那一天为准讲述的 %n 件事（%2）无法确定时间，不会作为事件保存。

在审阅窗口顶部填写发布日期，这些事就会连同日期作为事件保存；也可以按现状保存这篇文章。</translation>
    </message>
    <message>
        <source>Events without a date</source>
        <translation>没有日期的事件</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>不带它们保存</translation>
    </message>
    <message>
        <source>Give the Date</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation>离开审阅</translation>
    </message>
    <message>
        <source>Close without saving? The corrections and unticked facts of this review are lost.</source>
        <translation>不保存就关闭吗？本次审阅中的更正和取消勾选都将丢失。</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Keep Reviewing</source>
        <translation>继续审阅</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search people, dates or text — 林俊旸, ljy, 2026-03, 3月4日, 离职, p:CEO</source>
        <translation>搜索人物、日期或文字——林俊旸、ljy、2026-03、3月4日、离职、p:CEO</translation>
    </message>
    <message>
        <source>Person (林俊旸, lin junyang, ljy, p:CEO), date (2026-03, 3月4日, 2026-03-01..2026-03-07, within:2026-03) or text of any length; combine them: 林俊旸 2026-03. Fields: person: org: date: before: after: kind: sort:. ↓ shows recent searches.</source>
        <translation>人物（林俊旸、lin junyang、ljy、p:CEO）、日期（2026-03、3月4日、2026-03-01..2026-03-07、within:2026-03）或任意长度的文字，可以组合使用：林俊旸 2026-03。字段：person: org: date: before: after: kind: sort:。按 ↓ 显示最近的搜索。</translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation>搜索建议</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>Syntax</name>
    <message>
        <source>a name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>that person: name, alias, pinyin (any order, tones or not), initials, given name</source>
        <translation>这个人：姓名、别名、拼音（顺序不限，带不带声调均可）、首字母缩写、名字</translation>
    </message>
    <message>
        <source>the name of one who neither speaks nor acts</source>
        <translation>既未发言也无事件者的姓名</translation>
    </message>
    <message>
        <source>that person, or the text: where the name is printed</source>
        <translation>这个人，或这段文字：姓名出现之处</translation>
    </message>
    <message>
        <source>an organisation's name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>that organisation, or the text: name, alias, Latin name, pinyin</source>
        <translation>这个机构，或这段文字：名称、别名、英文名、拼音</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>its text, or the people holding it (a title that is the word or ends with it)</source>
        <translation>这段文字，或担任该职务的人（头衔就是这个词，或以它结尾）</translation>
    </message>
    <message>
        <source>the beginning of a name</source>
        <translation>姓名的开头</translation>
    </message>
    <message>
        <source>as you type: its text, or those whose names start with it (2+ letters or 1 character)</source>
        <translation>边输入边搜索：这段文字，或名称以它开头的人物和机构（至少 2 个字母或 1 个汉字）</translation>
    </message>
    <message>
        <source>only people: name, alias, pinyin, initials, role or beginning</source>
        <translation>只搜人物：姓名、别名、拼音、首字母缩写、职务或名字开头</translation>
    </message>
    <message>
        <source>an organisation by name or alias</source>
        <translation>按名称或别名查找机构</translation>
    </message>
    <message>
        <source>a person or an organisation</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>results whose date overlaps it; a year-less day is the latest on or before the newest article</source>
        <translation>日期与之有重叠的结果；没有年份的日期，取最新文章发表当天或之前最近的那一天</translation>
    </message>
    <message>
        <source>a..b</source>
        <translation>起..止</translation>
    </message>
    <message>
        <source>a date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>dates inside the interval only</source>
        <translation>只要完全落在该区间内的日期</translation>
    </message>
    <message>
        <source>dates wholly before or after</source>
        <translation>完全在其之前或之后的日期</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>words of any length, Chinese or English (a last Latin word as a prefix)</source>
        <translation>任意长度的中文或英文词语（最后一个拉丁字母单词按前缀匹配）</translation>
    </message>
    <message>
        <source>"a phrase" text: t:</source>
        <translation>"短语" text: t:</translation>
    </message>
    <message>
        <source>text only, never a name or a date</source>
        <translation>只当作文字，不当作姓名或日期</translation>
    </message>
    <message>
        <source>-word</source>
        <translation>-词语</translation>
    </message>
    <message>
        <source>leave out what contains the word</source>
        <translation>排除包含该词语的结果</translation>
    </message>
    <message>
        <source>direct or reported speech (d, r, 直接, 转述)</source>
        <translation>直接引语或间接引语（d、r、直接、转述）</translation>
    </message>
    <message>
        <source>date (the default) or relevance of the text</source>
        <translation>按日期（默认）或按文字相关度</translation>
    </message>
    <message>
        <source>several</source>
        <translation>多个条件</translation>
    </message>
    <message>
        <source>everything typed must match</source>
        <translation>输入的每一项都必须匹配</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不存在的日期</translation>
    </message>
    <message>
        <source>a word written as a date that no calendar has is an error, not text</source>
        <translation>写成日期形式、但日历上并不存在的词会报错，而不会当作文字</translation>
    </message>
    <message>
        <source>a date being typed</source>
        <translation>正在输入的日期</translation>
    </message>
    <message>
        <source>ending with its separator or a lone 0: not yet whole, the window keeps the results before it</source>
        <translation>以分隔符或单独的 0 结尾：日期尚未输完，窗口保留之前的结果</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>例如</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>counting events…</source>
        <translation>正在统计事件…</translation>
    </message>
    <message>
        <source>No dated events to show</source>
        <translation>没有可显示的带日期事件</translation>
    </message>
    <message>
        <source>No dated events match.</source>
        <translation>没有匹配的带日期事件。</translation>
    </message>
    <message>
        <source>… and %Ln more: zoom in to see them</source>
        <translation>……另有 %Ln 个：放大即可看到</translation>
    </message>
    <message>
        <source>Zoom in here</source>
        <translation>在此处放大</translation>
    </message>
    <message>
        <source>{first} .. {last}: %Ln event(s) — click to zoom in</source>
        <translation>{first} 至 {last}：%Ln 个事件——点击放大</translation>
    </message>
    <message>
        <source>%Ln event(s) here — click to list them, or zoom in to days</source>
        <translation>此处有 %Ln 个事件——点击可列出，或放大到按日显示</translation>
    </message>
    <message>
        <source>(no person named)</source>
        <translation>（未提及人物）</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>（无机构）</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>{when}; printed as “{printed}”</source>
        <translation>{when}；原文作“{printed}”</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Lanes: people</source>
        <translation>泳道：按人物</translation>
    </message>
    <message>
        <source>Lanes: organisations</source>
        <translation>泳道：按机构</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>单一泳道</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation>按日期排列的事件</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The events on a time axis</source>
        <translation>在时间轴上显示事件</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>The events as a list (for screen readers and copying)</source>
        <translation>以列表显示事件（便于屏幕阅读器朗读和复制）</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>One lane per person, per organisation, or a single lane</source>
        <translation>每人一条泳道、每个机构一条泳道，或只用一条泳道</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小（−、Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+、Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <source>Show everything (Home)</source>
        <translation>显示全部（Home）</translation>
    </message>
    <message>
        <source>What the marks mean (legend)</source>
        <translation>各种标记的含义（图例）</translation>
    </message>
    <message>
        <source>Drag on the axis to choose a date range; ←/→ move between events; Shift+←/→ or drag to pan; Enter shows the event in the article</source>
        <translation>在时间轴上拖动可选择日期范围；←/→ 在事件之间移动；Shift+←/→ 或拖动可平移；按 Enter 在文章中显示该事件</translation>
    </message>
    <message>
        <source>counting events…</source>
        <translation>正在统计事件…</translation>
    </message>
    <message>
        <source>%Ln undated (in the list)</source>
        <translation>%Ln 个日期不详（见列表）</translation>
    </message>
    <message>
        <source>{shown} of %Ln dated event(s) in view</source>
        <translation>视图中显示 {shown} 个，共 %Ln 个带日期的事件</translation>
    </message>
</context>
</TS>