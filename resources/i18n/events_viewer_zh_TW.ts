<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
            <translation>引語或事件所在的文章顯示在這裡。</translation>
        </message>
        <message>
            <source>⚠ The stored position ({where}) no longer matches the article text; it is not highlighted. Rebuild the database.</source>
            <translation>⚠ 儲存的位置（{where}）與文章正文已不一致，因此未加醒目標示。請重建資料庫。</translation>
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
            <translation>Markdown 文件 (*.md)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV 表格，可用 Excel 開啟 (*.csv)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON 資料 (*.json)</translation>
        </message>
        <message>
            <source>Open events database</source>
            <translation>開啟事件資料庫</translation>
        </message>
        <message>
            <source>Events database (*.db *.sqlite);;All files (*)</source>
            <translation>事件資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Export selected quotes</source>
            <translation>匯出所選引語</translation>
        </message>
        <message>
            <source>Import articles</source>
            <translation>匯入文章</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>鍵盤快捷鍵</translation>
        </message>
        <message>
            <source>Search Syntax</source>
            <translation>搜尋語法</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>not “{text}”</source>
            <translation>不含「{text}」</translation>
        </message>
        <message>
            <source>excluding {field}: is not supported; ignored “{text}”</source>
            <translation>不支援排除 {field}:，已忽略「{text}」</translation>
        </message>
        <message>
            <source>text “{text}”</source>
            <translation>文字「{text}」</translation>
        </message>
        <message>
            <source>kind must be direct or reported, not “{text}”</source>
            <translation>kind 只能是 direct 或 reported，不能是「{text}」</translation>
        </message>
        <message>
            <source>direct quotes</source>
            <translation>直接引語</translation>
        </message>
        <message>
            <source>reported quotes</source>
            <translation>間接引語</translation>
        </message>
        <message>
            <source>sort must be date or relevance, not “{text}”</source>
            <translation>sort 只能是 date 或 relevance，不能是「{text}」</translation>
        </message>
        <message>
            <source>sorted by date</source>
            <translation>按日期排序</translation>
        </message>
        <message>
            <source>sorted by relevance</source>
            <translation>按相關度排序</translation>
        </message>
        <message>
            <source>cannot read date “{text}”</source>
            <translation>無法識別日期「{text}」</translation>
        </message>
        <message>
            <source>before {date}</source>
            <translation>{date}之前</translation>
        </message>
        <message>
            <source>after {date}</source>
            <translation>{date}之後</translation>
        </message>
        <message>
            <source>date {date} (within)</source>
            <translation>日期：{date}（完全落在其中）</translation>
        </message>
        <message>
            <source>date {date} (overlaps)</source>
            <translation>日期：{date}（有重疊即可）</translation>
        </message>
        <message>
            <source>“{text}” matches more than {limit:,} people; type more of the name</source>
            <translation>「{text}」符合的人超過 {limit:,} 位，請輸入更完整的名字</translation>
        </message>
        <message>
            <source>nobody matches “{text}”</source>
            <translation>沒有人符合「{text}」</translation>
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
            <translation>沒有「{text}」這個日期：{problem}</translation>
        </message>
        <message>
            <source>“{text}” is no whole date yet</source>
            <translation>「{text}」還不是完整的日期</translation>
        </message>
        <message>
            <source>text “{text}” or who: {names} and {more:,} more</source>
            <translation>文字「{text}」或人物：{names}等，另有 {more:,} 人</translation>
        </message>
        <message>
            <source>text “{text}” or who: {names}</source>
            <translation>文字「{text}」或人物：{names}</translation>
        </message>
        <message>
            <source>organisation: {names}</source>
            <translation>機構：{names}</translation>
        </message>
        <message>
            <source>organisations: {names}</source>
            <translation>機構：{names}</translation>
        </message>
        <message>
            <source>organisations: {names} and {more:,} more</source>
            <translation>機構：{names}等，另有 {more:,} 個</translation>
        </message>
        <message>
            <source>people and organisations: {names}</source>
            <translation>人物和機構：{names}</translation>
        </message>
        <message>
            <source>people and organisations: {names} and {more:,} more</source>
            <translation>人物和機構：{names}等，另有 {more:,} 個</translation>
        </message>
        <message>
            <source>text “{text}” or organisation: {names}</source>
            <translation>文字「{text}」或機構：{names}</translation>
        </message>
        <message>
            <source>text “{text}” or organisations: {names}</source>
            <translation>文字「{text}」或機構：{names}</translation>
        </message>
        <message>
            <source>text “{text}” or organisations: {names} and {more:,} more</source>
            <translation>文字「{text}」或機構：{names}等，另有 {more:,} 個</translation>
        </message>
        <message>
            <source>text “{text}” or people and organisations: {names}</source>
            <translation>文字「{text}」或人物和機構：{names}</translation>
        </message>
        <message>
            <source>text “{text}” or people and organisations: {names} and {more:,} more</source>
            <translation>文字「{text}」或人物和機構：{names}等，另有 {more:,} 個</translation>
        </message>
        <message>
            <source>text “{text}” or headlines: {titles} and {more:,} more</source>
            <translation>文字「{text}」或標題：{titles}等，另有 {more:,} 篇</translation>
        </message>
        <message>
            <source>text “{text}” or headlines: {titles}</source>
            <translation>文字「{text}」或標題：{titles}</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>Correct the chosen fact</source>
            <translation>更正所選內容</translation>
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
            <translation>設定日期</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>發言人</translation>
        </message>
        <message>
            <source>Set speaker</source>
            <translation>設定發言人</translation>
        </message>
        <message>
            <source>A paraphrase, not a quote</source>
            <translation>這是作者的概述，不是引語</translation>
        </message>
        <message>
            <source>The words are the writer's summary, not the speaker's: leave this quote out (Undo brings it back)</source>
            <translation>這是作者的概述，不是說話人的原話：不收錄這條引語（復原可恢復）</translation>
        </message>
        <message>
            <source>A claim nobody is quoted saying</source>
            <translation>這是一種說法，並非某人的原話</translation>
        </message>
        <message>
            <source>Nobody is quoted saying this: keep it as a claim the article reports, not as a quote</source>
            <translation>沒有人被引述說過這句話：作為文章報道的說法保留，不作為引語</translation>
        </message>
        <message>
            <source>Date said</source>
            <translation>發言日期</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不詳</translation>
        </message>
        <message>
            <source>Speaker:</source>
            <translation>發言人：</translation>
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
            <translation>與此人為同一人</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>合併到</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>The same person as:</source>
            <translation>與此人為同一人：</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>no role found</source>
            <translation>未找到職務</translation>
        </message>
        <message>
            <source>Title of the role</source>
            <translation>職務名稱</translation>
        </message>
        <message>
            <source>Set title</source>
            <translation>設定職務</translation>
        </message>
        <message>
            <source>The chosen role under the title typed beside it</source>
            <translation>將所選職務改為旁邊輸入的名稱</translation>
        </message>
        <message>
            <source>Remove role</source>
            <translation>刪除職務</translation>
        </message>
        <message>
            <source>The person does not hold the chosen role: leave it out</source>
            <translation>此人並未擔任所選職務：不儲存此職務</translation>
        </message>
        <message>
            <source>Organisation of the role to add</source>
            <translation>要新增的職務所屬的機構</translation>
        </message>
        <message>
            <source>Add role</source>
            <translation>新增職務</translation>
        </message>
        <message>
            <source>The title typed above as another role of the person, at the organisation chosen</source>
            <translation>將上方輸入的職務名稱新增為此人的另一個職務，屬於所選機構</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>職務：</translation>
        </message>
        <message>
            <source>New role at:</source>
            <translation>新職務所屬機構：</translation>
        </message>
        <message>
            <source>a title to add</source>
            <translation>要新增的職務名稱</translation>
        </message>
        <message>
            <source>no organisation</source>
            <translation>不屬於任何機構</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>機構名稱</translation>
        </message>
        <message>
            <source>The organisation under the name typed (the name printed kept as another)</source>
            <translation>將機構改用輸入的名稱（文中印出的名稱保留為別名）</translation>
        </message>
        <message>
            <source>Rename the organisation</source>
            <translation>為機構改名</translation>
        </message>
        <message>
            <source>Organisation name:</source>
            <translation>機構名称：</translation>
        </message>
        <message>
            <source>Also dates the %n quote(s) said at it.</source>
            <translation>在此事件中說的 %n 條引語也一併改用這一日期。</translation>
        </message>
        <message>
            <source>Add what was missed</source>
            <translation>補上遺漏的內容</translation>
        </message>
        <message>
            <source>Add as a person</source>
            <translation>新增為人物</translation>
        </message>
        <message>
            <source>The name selected in the article is a person it missed</source>
            <translation>文中選中的名字是一位漏掉的人物</translation>
        </message>
        <message>
            <source>Speaker of the new quote</source>
            <translation>新引語的發言人</translation>
        </message>
        <message>
            <source>Date of the new event</source>
            <translation>新事件的日期</translation>
        </message>
        <message>
            <source>New quote by:</source>
            <translation>新引語發言人：</translation>
        </message>
        <message>
            <source>New event on:</source>
            <translation>新事件日期：</translation>
        </message>
        <message>
            <source>setting a date</source>
            <translation>設定日期</translation>
        </message>
        <message>
            <source>setting a speaker</source>
            <translation>設定發言人</translation>
        </message>
        <message>
            <source>renaming a person</source>
            <translation>改名</translation>
        </message>
        <message>
            <source>renaming an organisation</source>
            <translation>為機構改名</translation>
        </message>
        <message>
            <source>merging two people</source>
            <translation>合併兩個人物</translation>
        </message>
        <message>
            <source>setting a role's title</source>
            <translation>設定職務名稱</translation>
        </message>
        <message>
            <source>removing a role</source>
            <translation>刪除職務</translation>
        </message>
        <message>
            <source>adding a role</source>
            <translation>新增職務</translation>
        </message>
        <message>
            <source>making a quote a claim</source>
            <translation>把引語改為說法</translation>
        </message>
        <message>
            <source>adding a person</source>
            <translation>新增人物</translation>
        </message>
        <message>
            <source>adding a quote</source>
            <translation>新增引語</translation>
        </message>
        <message>
            <source>adding an event</source>
            <translation>新增事件</translation>
        </message>
        <message>
            <source>setting the title</source>
            <translation>設定標題</translation>
        </message>
        <message>
            <source>setting the author</source>
            <translation>設定作者</translation>
        </message>
        <message>
            <source>setting the publisher</source>
            <translation>設定媒體</translation>
        </message>
        <message>
            <source>setting the web address</source>
            <translation>設定網址</translation>
        </message>
        <message>
            <source>making a quote a paraphrase</source>
            <translation>把引語標為作者的概述</translation>
        </message>
        <message>
            <source>Kind of quote</source>
            <translation>引語類型</translation>
        </message>
        <message>
            <source>Choose a person, an organisation, an event or a quote to correct it.</source>
            <translation>選擇一個人物、機構、事件或引語，即可更正。</translation>
        </message>
        <message>
            <source>direct (in quote marks)</source>
            <translation>直接（引號內）</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>間接</translation>
        </message>
        <message>
            <source>Add as a quote</source>
            <translation>新增為引語</translation>
        </message>
        <message>
            <source>The words selected in the article are a quote it missed</source>
            <translation>文中選中的文字是一條漏掉的引語</translation>
        </message>
        <message>
            <source>Add as an event</source>
            <translation>新增為事件</translation>
        </message>
        <message>
            <source>The words selected in the article tell a dated event it missed, on this date</source>
            <translation>文中選中的文字講述了一件漏掉的、有日期的事件</translation>
        </message>
        <message>
            <source>Missed? Select it in the article:</source>
            <translation>有遺漏？在文章中選中它：</translation>
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
            <translation>機構</translation>
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
            <translation>找不到資料庫：{path}</translation>
        </message>
        <message>
            <source>cannot open {path}: {problem}</source>
            <translation>無法開啟 {path}：{problem}</translation>
        </message>
        <message>
            <source>a folder, not a database file: {path}</source>
            <translation>是資料夾，不是資料庫檔案：{path}</translation>
        </message>
        <message>
            <source>not a database file: {path}</source>
            <translation>不是資料庫檔案：{path}</translation>
        </message>
        <message>
            <source>empty file, not an events database: {path}</source>
            <translation>檔案為空，不是事件資料庫：{path}</translation>
        </message>
        <message>
            <source>not an events database (no meta table): {path}</source>
            <translation>不是事件資料庫（缺少 meta 表）：{path}</translation>
        </message>
        <message>
            <source>cannot read database {path}: {problem}</source>
            <translation>無法讀取資料庫 {path}：{problem}</translation>
        </message>
        <message>
            <source>not a SQLite database: {path}</source>
            <translation>不是 SQLite 資料庫：{path}</translation>
        </message>
        <message>
            <source>corrupt or not a SQLite database: {path} ({problem})</source>
            <translation>資料庫已損壞，或不是 SQLite 資料庫：{path}（{problem}）</translation>
        </message>
        <message>
            <source>wrong schema version {found} (this app reads {reads}): {path}</source>
            <translation>資料庫結構版本為 {found}，本程式只能讀取版本 {reads}：{path}</translation>
        </message>
        <message>
            <source>wrong schema, missing tables {tables}: {path}</source>
            <translation>資料庫結構不符，缺少以下表：{tables}：{path}</translation>
        </message>
        <message>
            <source>cannot read {path}: an interrupted write left {journal} beside it, and the bundled database is never written here; rebuild it with `make db`</source>
            <translation>無法讀取 {path}：一次中斷的寫入在旁邊留下了 {journal}，而程式自帶的資料庫在這裡從不寫入；請用 `make db` 重建</translation>
        </message>
        <message>
            <source>cannot read {path}: an interrupted import left {journal}, and rolling it back needs write access to the file and its folder ({problem}); the saved data is intact</source>
            <translation>無法讀取 {path}：一次中斷的匯入留下了 {journal}，回滾它需要對該檔案及其資料夾有寫入權限（{problem}）；已儲存的資料完好無損</translation>
        </message>
        <message>
            <source>cannot write {path}: folder {folder} does not exist</source>
            <translation>無法寫入 {path}：資料夾 {folder} 不存在</translation>
        </message>
        <message>
            <source>cannot write {path}: {problem}</source>
            <translation>無法寫入 {path}：{problem}</translation>
        </message>
        <message>
            <source>cannot change {path}: {problem}; the library was not changed</source>
            <translation>無法修改 {path}：{problem}；文獻庫未改動</translation>
        </message>
        <message>
            <source>no file name to write to</source>
            <translation>沒有可寫入的檔名</translation>
        </message>
        <message>
            <source>{name}: not an article (.txt, .md or .html)</source>
            <translation>{name}：不是文章（只能匯入 .txt、.md 或 .html）</translation>
        </message>
        <message>
            <source>{name}: links to {target}, which is not an article (.txt, .md or .html)</source>
            <translation>{name}：連結指向 {target}，它不是文章（只能匯入 .txt、.md 或 .html）</translation>
        </message>
        <message>
            <source>{name}: not a regular file (a folder, device or FIFO), not an article</source>
            <translation>{name}：不是普通檔案（而是資料夾、裝置或管道），不是文章</translation>
        </message>
        <message>
            <source>{name}: too large for an article (limit {limit} MB)</source>
            <translation>{name}：作為一篇文章太大（上限 {limit} MB）</translation>
        </message>
        <message>
            <source>cannot read {path}: {problem}</source>
            <translation>無法讀取 {path}：{problem}</translation>
        </message>
        <message>
            <source>{name}: no text in the file</source>
            <translation>{name}：檔案中沒有文字</translation>
        </message>
        <message>
            <source>{name}: {size} characters of text is more than one article (limit {limit}); split it and import the parts</source>
            <translation>{name}：正文有 {size} 個字元，超出一篇文章的長度（上限 {limit}）；請拆分後分別匯入</translation>
        </message>
        <message>
            <source>{name}: a binary file, not an article</source>
            <translation>{name}：是二進位檔案，不是文章</translation>
        </message>
        <message>
            <source>{name}: starts with a {label} byte-order mark but is not valid {label} (byte {byte}: {problem})</source>
            <translation>{name}：以 {label} 位元組序標記開頭，卻不是有效的 {label}（第 {byte} 位元組：{problem}）</translation>
        </message>
        <message>
            <source>{name}: cannot tell its text encoding (not UTF-8, GB18030, Big5 or UTF-16)</source>
            <translation>{name}：無法判斷文字編碼（不是 UTF-8、GB18030、Big5 或 UTF-16）</translation>
        </message>
        <message>
            <source>cannot read the date “{text}”: {problem}</source>
            <translation>無法識別日期「{text}」：{problem}</translation>
        </message>
        <message>
            <source>a name cannot be empty</source>
            <translation>姓名不能為空</translation>
        </message>
        <message>
            <source>the article does not print the name “{name}”</source>
            <translation>文章中沒有出現名字「{name}」</translation>
        </message>
        <message>
            <source>“{name}” is already among the people</source>
            <translation>「{name}」已在人物之中</translation>
        </message>
        <message>
            <source>a role's title cannot be empty: remove the role instead</source>
            <translation>職務名稱不能為空：不要此職務請刪除它</translation>
        </message>
        <message>
            <source>{name} already has the role “{title}”</source>
            <translation>{name}已有職務「{title}」</translation>
        </message>
        <message>
            <source>type the role's title first</source>
            <translation>請先輸入職務名稱</translation>
        </message>
        <message>
            <source>select the quoted words in the article first</source>
            <translation>請先在文章中選中引語的文字</translation>
        </message>
        <message>
            <source>select the words that tell the event in the article first</source>
            <translation>請先在文章中選中講述事件的文字</translation>
        </message>
        <message>
            <source>no such day: {day}</source>
            <translation>沒有這一天：{day}</translation>
        </message>
        <message>
            <source>no such month: {month}</source>
            <translation>沒有這個月份：{month}</translation>
        </message>
        <message>
            <source>no such year: {year}</source>
            <translation>沒有這個年份：{year}</translation>
        </message>
        <message>
            <source>date range ends before it starts: {text}</source>
            <translation>日期範圍的結束早於開始：{text}</translation>
        </message>
        <message>
            <source>cannot read date {text}</source>
            <translation>無法識別日期 {text}</translation>
        </message>
        <message>
            <source>this date needs a year, and there is no publication date to take it from</source>
            <translation>這個日期需要年份，而文章沒有發表日期可供推斷</translation>
        </message>
        <message>
            <source>empty date</source>
            <translation>日期為空</translation>
        </message>
        <message>
            <source>file is not a database</source>
            <translation>檔案不是資料庫</translation>
        </message>
        <message>
            <source>database disk image is malformed</source>
            <translation>資料庫檔案已損壞</translation>
        </message>
        <message>
            <source>unable to open database file</source>
            <translation>無法開啟資料庫檔案</translation>
        </message>
        <message>
            <source>database or disk is full</source>
            <translation>資料庫或磁碟已滿</translation>
        </message>
        <message>
            <source>attempt to write a readonly database</source>
            <translation>資料庫是隻讀的，無法寫入</translation>
        </message>
        <message>
            <source>database is locked</source>
            <translation>資料庫被鎖定</translation>
        </message>
        <message>
            <source>disk I/O error</source>
            <translation>磁碟讀寫錯誤</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>沒有權限</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>不允許此操作</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>唯讀的檔案系統</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>磁碟空間已滿</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>超出磁碟配額</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>檔名太長</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>沒有這個檔案或資料夾</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>這是一個資料夾</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>不是資料夾</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>輸入/輸出錯誤</translation>
        </message>
    </context>
    <context>
        <name>EventModel</name>
        <message>
            <source>{when}; printed as “{printed}”</source>
            <translation>{when}；原文作「{printed}」</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <source>Reading {name}</source>
            <translation>正在讀取 {name}</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>正在儲存 {name}</translation>
        </message>
        <message>
            <source>Reading %Ln article(s)…</source>
            <translation>正在讀取 %Ln 篇文章…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>匯入進度</translation>
        </message>
        <message>
            <source>Import Articles</source>
            <translation>匯入文章</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>匯入失敗</translation>
        </message>
        <message>
            <source>{problem}

The library was not changed.</source>
            <translation>{problem}

文獻庫未作任何改動。</translation>
        </message>
        <message>
            <source>Saving to the library…</source>
            <translation>正在儲存到文獻庫…</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>部分檔案未能匯入</translation>
        </message>
        <message>
            <source>{summary}.

{problems}</source>
            <translation>{summary}。

{problems}</translation>
        </message>
        <message>
            <source>cancelled, the library was not changed</source>
            <translation>已取消，文獻庫未改動</translation>
        </message>
        <message>
            <source>%Ln imported</source>
            <translation>已匯入 %Ln 篇</translation>
        </message>
        <message>
            <source>%Ln already in the library</source>
            <translation>%Ln 篇已在文獻庫中</translation>
        </message>
        <message>
            <source>%Ln could not be read</source>
            <translation>%Ln 篇無法讀取</translation>
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
            <translation>下一個 / 上一個控制元件（可跳出列表）</translation>
        </message>
        <message>
            <source>Move in a list; with Shift, extend the quote selection (Home / End: to the first / last)</source>
            <translation>在列表中移動；按住 Shift 可擴大所選引語（Home / End：擴大到第一條 / 最後一條）</translation>
        </message>
        <message>
            <source>Step out of a chosen person, event, range or quote; with none, clear the search box</source>
            <translation>結束所選的人物、事件、時間範圍或引語；若未選擇，則清空搜尋框</translation>
        </message>
        <message>
            <source>in the empty search box</source>
            <translation>（在空白搜尋框中）</translation>
        </message>
        <message>
            <source>Recent searches</source>
            <translation>最近的搜尋</translation>
        </message>
        <message>
            <source>{keys}, {more}</source>
            <translation>{keys}，{more}</translation>
        </message>
        <message>
            <source>wheel</source>
            <translation>滾輪</translation>
        </message>
        <message>
            <source>Timeline: zoom around the chosen event (else the centre); Ctrl+wheel, the pointer</source>
            <translation>時間軸：以所選事件（未選時以中心）為準縮放；Ctrl+滾輪以指標位置為準</translation>
        </message>
        <message>
            <source>Timeline: fit every event</source>
            <translation>時間軸：顯示全部事件</translation>
        </message>
        <message>
            <source>Timeline: previous / next event</source>
            <translation>時間軸：上一個 / 下一個事件</translation>
        </message>
        <message>
            <source>Timeline: pan</source>
            <translation>時間軸：平移</translation>
        </message>
        <message>
            <source>Timeline: more lanes</source>
            <translation>時間軸：檢視更多泳道</translation>
        </message>
        <message>
            <source>Timeline: show the event in the article</source>
            <translation>時間軸：在文章中顯示該事件</translation>
        </message>
        <message>
            <source>Space, Menu</source>
            <translation>空格鍵、選單鍵</translation>
        </message>
        <message>
            <source>Timeline: open the cluster holding the chosen event</source>
            <translation>時間軸：展開所選事件所在的聚合</translation>
        </message>
        <message>
            <source>Manage Library: take the selected articles out</source>
            <translation>管理文獻庫：移除所選文章</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>dot: a day</source>
            <translation>圓點：某一天</translation>
        </message>
        <message>
            <source>band: a month, a year or a range of days</source>
            <translation>色帶：某月、某年或一段日期</translation>
        </message>
        <message>
            <source>faded band: an approximate date (今年初, early 2026)</source>
            <translation>淡色色帶：約略日期（今年初、2026年初）</translation>
        </message>
        <message>
            <source>gradient: open on one side, “after 3月4日” fades to the right, “before …” to the left</source>
            <translation>漸層：一端不確定，「3月4日之後」向右漸淡，「……之前」向左漸淡</translation>
        </message>
        <message>
            <source>dashed outline: the year was inferred (the source gave only month and day)</source>
            <translation>虛線邊框：年份係推斷（原文只給出月和日）</translation>
        </message>
        <message>
            <source>a * after a date (lists, tooltips): the year was inferred</source>
            <translation>日期後的 *（列表、提示中）：年份係推斷</translation>
        </message>
        <message>
            <source>cluster: events too close to tell apart; click to list them, zoom in to days to stack them</source>
            <translation>事件叢集：事件太密，無法分開顯示；點選可列出，放大到按日顯示時會逐行排開</translation>
        </message>
        <message>
            <source>Timeline legend</source>
            <translation>時間軸圖例</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <source>Library</source>
            <translation>文獻庫</translation>
        </message>
        <message>
            <source>The articles in your library, {path}. Select some to take them out.</source>
            <translation>你的文獻庫（{path}）中的文章。選中文章即可將其移出。</translation>
        </message>
        <message>
            <source>Your library holds no articles: File → Import Articles… adds them.</source>
            <translation>你的文獻庫中沒有文章：「檔案 → 匯入文章…」可加入文章。</translation>
        </message>
        <message>
            <source>&amp;Remove from Library…</source>
            <translation>從文獻庫移除(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove the selected articles from the library</source>
            <translation>從文獻庫移除所選文章</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>發布日期</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>引語</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Articles in the library</source>
            <translation>文獻庫中的文章</translation>
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
            <translation>時間軸</translation>
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
            <translation>開啟資料庫(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another events database</source>
            <translation>開啟另一個事件資料庫</translation>
        </message>
        <message>
            <source>&amp;Reload Database</source>
            <translation>重新載入資料庫(&amp;R)</translation>
        </message>
        <message>
            <source>Read the open database again: what another program added to it shows</source>
            <translation>重新讀取目前資料庫：顯示其他程式在此期間新增的內容</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>匯入文章(&amp;I)…</translation>
        </message>
        <message>
            <source>Read articles, review what was extracted, and add them to your library</source>
            <translation>讀取文章，核對擷取結果，再加入你的文獻庫</translation>
        </message>
        <message>
            <source>Manage &amp;Library…</source>
            <translation>管理文獻庫(&amp;L)…</translation>
        </message>
        <message>
            <source>The articles you imported: see them, or take some out of your library</source>
            <translation>你匯入的文章：檢視，或將其中一些移出文獻庫</translation>
        </message>
        <message>
            <source>&amp;Export Selected…</source>
            <translation>匯出所選(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the selected quotes with citations (Markdown, CSV, JSON)</source>
            <translation>匯出所選引語及出處（Markdown、CSV、JSON）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>&amp;Copy Quotes</source>
            <translation>複製引語(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected quotes with citations</source>
            <translation>複製所選引語及出處</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>尋找(&amp;F)</translation>
        </message>
        <message>
            <source>Search people, dates or text</source>
            <translation>搜尋人物、日期或文字</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>後退(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前進(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Show All</source>
            <translation>顯示全部(&amp;S)</translation>
        </message>
        <message>
            <source>Clear the search and the selection</source>
            <translation>清除搜尋和選擇</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>關於(&amp;A)</translation>
        </message>
        <message>
            <source>About events-viewer and its sources</source>
            <translation>關於 events-viewer 及其資料來源</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>下一個窗格(&amp;P)</translation>
        </message>
        <message>
            <source>Move to the next pane</source>
            <translation>轉到下一個窗格</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>上一個窗格(&amp;V)</translation>
        </message>
        <message>
            <source>Move to the previous pane</source>
            <translation>轉到上一個窗格</translation>
        </message>
        <message>
            <source>&amp;Search Syntax</source>
            <translation>搜尋語法(&amp;S)</translation>
        </message>
        <message>
            <source>The search language, with examples</source>
            <translation>搜尋語言及範例</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>鍵盤快捷鍵(&amp;K)</translation>
        </message>
        <message>
            <source>Every key the window answers to</source>
            <translation>視窗回應的所有按鍵</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>外觀(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>&amp;Language (applies on restart)</source>
            <translation>介面語言(&amp;L)（重新啟動後生效）</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>The language changes when events-viewer starts again.</source>
            <translation>介面語言將在 events-viewer 下次啟動時切換。</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>無法開啟資料庫</translation>
        </message>
        <message>
            <source>{problem}

Use File → Open Database… to choose another.</source>
            <translation>{problem}

請透過「檔案 → 開啟資料庫…」選擇其他資料庫。</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>已開啟 {name}</translation>
        </message>
        <message>
            <source>Read {name} again</source>
            <translation>已重新讀取 {name}</translation>
        </message>
        <message>
            <source>Import: {summary}</source>
            <translation>匯入：{summary}</translation>
        </message>
        <message>
            <source> — the search is still on: Esc in the search box shows everything</source>
            <translation>——搜尋仍在生效：在搜尋框按 Esc 即可顯示全部</translation>
        </message>
        <message>
            <source>Their events and quotes go with them, and the people no other article names. This cannot be undone: importing an article again brings it back.</source>
            <translation>文章中的事件和引語隨之移除，其他文章未提及的人物也一併移除。此操作無法復原：再次匯入該文章即可恢復。</translation>
        </message>
        <message>
            <source>Library: %Ln article(s) removed</source>
            <translation>文獻庫：已移除 %Ln 篇文章</translation>
        </message>
        <message>
            <source>No database open — File → Open</source>
            <translation>未開啟資料庫——請使用「檔案 → 開啟資料庫」</translation>
        </message>
        <message>
            <source>Search failed: {problem}</source>
            <translation>搜尋失敗：{problem}</translation>
        </message>
        <message>
            <source>searching…</source>
            <translation>正在搜尋…</translation>
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
            <translation>%Ln 個機構中的 1 個</translation>
        </message>
        <message>
            <source>%Ln organisation(s)</source>
            <translation>%Ln 個機構</translation>
        </message>
        <message>
            <source>1 of %Ln events</source>
            <translation>%Ln 個事件中的 1 個</translation>
        </message>
        <message>
            <source>%Ln event(s)</source>
            <translation>%Ln 個事件</translation>
        </message>
        <message>
            <source>%Ln quote(s)</source>
            <translation>%Ln 條引語</translation>
        </message>
        <message>
            <source>the event “{summary}”</source>
            <translation>事件「{summary}」</translation>
        </message>
        <message>
            <source>narrowed to {what} (Esc shows all)</source>
            <translation>已限定為{what}（按 Esc 顯示全部）</translation>
        </message>
        <message>
            <source>Cannot cite these quotes</source>
            <translation>無法為這些引語生成出處</translation>
        </message>
        <message>
            <source>Copied %Ln quote(s) with citations</source>
            <translation>已複製 %Ln 條引語及出處</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>沒有可匯出的內容</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <source>Back to the previous search or selection</source>
            <translation>返回上一個搜尋或選擇</translation>
        </message>
        <message>
            <source>Forward to the next search or selection</source>
            <translation>前進到下一個搜尋或選擇</translation>
        </message>
        <message>
            <source>Cannot open the library</source>
            <translation>無法開啟文獻庫</translation>
        </message>
        <message>
            <source>Take %Ln article(s) out of your library?</source>
            <translation>要將 %Ln 篇文章移出你的文獻庫嗎？</translation>
        </message>
        <message>
            <source>Remove from Library</source>
            <translation>從文獻庫移除</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between what a query was read as</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>Nothing matches “{query}”: the search covers events, quotes, people, roles and headlines, not articles' whole text</source>
            <translation>沒有符合「{query}」的結果：搜尋範圍為事件、引語、人物、職務和標題，不含文章全文</translation>
        </message>
        <message>
            <source>Back to the previous choice in this search</source>
            <translation>返回本次搜尋中的上一個選擇</translation>
        </message>
        <message>
            <source>Forward to the next choice in this search</source>
            <translation>前進到本次搜尋中的下一個選擇</translation>
        </message>
        <message>
            <source>Back to the search “{query}”</source>
            <translation>返回搜尋「{query}」</translation>
        </message>
        <message>
            <source>Forward to the search “{query}”</source>
            <translation>前進到搜尋「{query}」</translation>
        </message>
        <message>
            <source>Back to everything</source>
            <translation>返回全部內容</translation>
        </message>
        <message>
            <source>Forward to everything</source>
            <translation>前進到全部內容</translation>
        </message>
        <message>
            <source>Exported %Ln quote(s) to {path}</source>
            <translation>已將 %Ln 條引語匯出到 {path}</translation>
        </message>
        <message>
            <source>No quotes are shown. Search for something, or use Show All.</source>
            <translation>目前沒有顯示任何引語。請先搜尋，或使用「顯示全部」。</translation>
        </message>
        <message>
            <source>Too many quotes to export at once</source>
            <translation>引語太多，無法一次匯出</translation>
        </message>
        <message>
            <source>{shown} quotes are shown; select the ones to export, or narrow the search (at most {limit} at once).</source>
            <translation>目前顯示了 {shown} 條引語；請選擇要匯出的引語，或縮小搜尋範圍（一次最多 {limit} 條）。</translation>
        </message>
        <message>
            <source>No quotes are selected. Export all %Ln quote(s) shown?</source>
            <translation>尚未選擇引語。要匯出目前顯示的全部 %Ln 條引語嗎？</translation>
        </message>
        <message>
            <source>Export quotes</source>
            <translation>匯出引語</translation>
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation>跟隨系統(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>淺色(&amp;L)</translation>
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
            <translation>無</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>關於 {app}</translation>
        </message>
        <message>
            <source>{app} {version}
Who did what, when, and who said what.

Database: {database}
Source articles:
{sources}</source>
            <translation>{app} {version}
誰在何時做了什麼，誰說了什麼。

資料庫：{database}
來源文章：
{sources}</translation>
        </message>
    </context>
    <context>
        <name>OverviewStrip</name>
        <message>
            <source>Timeline overview</source>
            <translation>時間軸概覽</translation>
        </message>
        <message>
            <source>The whole span of the events; the box is what the timeline shows. Click or drag to move.</source>
            <translation>事件的完整時間跨度；方框內是時間軸目前顯示的範圍。點選或拖曳可移動檢視。</translation>
        </message>
    </context>
    <context>
        <name>Painter</name>
        <message>
            <source>{shown} of %Ln event(s) in view — loading them…</source>
            <translation>檢視中有 {shown} 個事件（共 %Ln 個），正在載入…</translation>
        </message>
        <message>
            <source>▲ %n more lane(s) (↑, Shift+wheel)</source>
            <translation>▲ 上方還有 %n 條泳道（↑，Shift+滾輪）</translation>
        </message>
        <message>
            <source>▼ %n more lane(s) (↓, Shift+wheel)</source>
            <translation>▼ 下方還有 %n 條泳道（↓，Shift+滾輪）</translation>
        </message>
        <message>
            <source>{shown} of %Ln event(s) in view — too many to draw one by one; zoom in (Ctrl+wheel, +) or drag on the axis to choose a range. Bars: days; bands below: months and years.</source>
            <translation>檢視中有 {shown} 個事件（共 %Ln 個），太多，無法逐一繪製；請放大（Ctrl+滾輪、+），或在時間軸上拖曳選擇範圍。豎條：按日；下方色帶：按月、按年。</translation>
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
            <translation>人物與機構</translation>
        </message>
        <message>
            <source>Roles and note</source>
            <translation>職務與備註</translation>
        </message>
        <message>
            <source>Their events</source>
            <translation>相關事件</translation>
        </message>
        <message>
            <source>Their quotes</source>
            <translation>相關引語</translation>
        </message>
        <message>
            <source>No events.</source>
            <translation>沒有事件。</translation>
        </message>
        <message>
            <source>No quotes.</source>
            <translation>沒有引語。</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>引語</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Articles their roles are printed in</source>
            <translation>印有其職務的文章</translation>
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
            <translation>選擇一個人物或機構，即可檢視其職務、相關事件和引語。</translation>
        </message>
        <message>
            <source>Nobody matches.</source>
            <translation>沒有符合的人物或機構。</translation>
        </message>
        <message>
            <source>Nobody yet.</source>
            <translation>尚無人物或機構。</translation>
        </message>
        <message>
            <source>Events ({count})</source>
            <translation>事件（{count}）</translation>
        </message>
        <message>
            <source>Quotes ({count})</source>
            <translation>引語（{count}）</translation>
        </message>
        <message>
            <source>Also: {names}</source>
            <translation>又名：{names}</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>機構</translation>
        </message>
        <message>
            <source>  (printed “{text}”)</source>
            <translation>（原文作「{text}」）</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>尋找於(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>檔案型態(&amp;T)：</translation>
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
            <translation>日期不詳</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>直接</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>間接</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>發言人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引語</translation>
        </message>
        <message>
            <source>published {day}</source>
            <translation>{day}發布</translation>
        </message>
        <message>
            <source>Published {day}: the article's date.
The quote itself carries no date.</source>
            <translation>{day}發布：這是文章的日期。
引語本身沒有日期。</translation>
        </message>
        <message>
            <source>{when}
printed as “{printed}”</source>
            <translation>{when}
原文作「{printed}」</translation>
        </message>
        <message>
            <source>direct: in quote marks</source>
            <translation>直接引語：在引號之內</translation>
        </message>
        <message>
            <source>reported: after 表示: / 称: with no quote marks</source>
            <translation>間接引語：在「表示：」「称：」之後，不加引號</translation>
        </message>
    </context>
    <context>
        <name>QuotePanel</name>
        <message>
            <source>Quotes</source>
            <translation>引語</translation>
        </message>
        <message>
            <source>Quote list</source>
            <translation>引語列表</translation>
        </message>
        <message>
            <source>No quotes match.</source>
            <translation>沒有符合的引語。</translation>
        </message>
        <message>
            <source>No quotes yet.</source>
            <translation>尚無引語。</translation>
        </message>
    </context>
    <context>
        <name>Recent</name>
        <message>
            <source>Open Re&amp;cent</source>
            <translation>最近開啟(&amp;C)</translation>
        </message>
        <message>
            <source>Bundled example ({name})</source>
            <translation>內建範例（{name}）</translation>
        </message>
        <message>
            <source>Your library ({name})</source>
            <translation>你的文獻庫（{name}）</translation>
        </message>
    </context>
    <context>
        <name>Remover</name>
        <message>
            <source>Taking the articles out of the library…</source>
            <translation>正在將文章移出文獻庫…</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>文獻庫</translation>
        </message>
        <message>
            <source>Could not change the library</source>
            <translation>無法修改文獻庫</translation>
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
            <translation>引語（%n）</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>直接</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>間接</translation>
        </message>
        <message>
            <source>{speaker} ({kind}): “{quote}”</source>
            <translation>{speaker}（{kind}）：「{quote}」</translation>
        </message>
        <message>
            <source>Extracted</source>
            <translation>擷取結果</translation>
        </message>
        <message>
            <source>Review extracted facts</source>
            <translation>核對擷取結果</translation>
        </message>
        <message>
            <source>Review imported articles</source>
            <translation>核對匯入的文章</translation>
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
            <translation>%Ln 個事件</translation>
        </message>
        <message>
            <source>%Ln quote(s)</source>
            <translation>%Ln 條引語</translation>
        </message>
        <message>
            <source>setting the publication date</source>
            <translation>設定發布日期</translation>
        </message>
        <message>
            <source>unticking</source>
            <translation>取消勾選</translation>
        </message>
        <message>
            <source>ticking</source>
            <translation>勾選</translation>
        </message>
        <message>
            <source>Already in your library, text for text: saving it again adds nothing</source>
            <translation>你的文獻庫中已有這篇文章（全文相同）：再次儲存不會增加任何內容</translation>
        </message>
        <message>
            <source>Untick to leave this article out</source>
            <translation>取消勾選即不匯入這篇文章</translation>
        </message>
        <message>
            <source>Articles to import</source>
            <translation>待匯入的文章</translation>
        </message>
        <message>
            <source>Extracted facts</source>
            <translation>擷取到的內容</translation>
        </message>
        <message>
            <source>Article with the chosen fact highlighted</source>
            <translation>文章（所選內容已醒目標示）</translation>
        </message>
        <message>
            <source>Untick anything extracted wrongly; click a line to see where the article says it.</source>
            <translation>取消勾選擷取有誤的內容；點選某一行，可檢視文章中對應的原文。</translation>
        </message>
        <message>
            <source>Save to Library</source>
            <translation>儲存到文獻庫</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>發布日期</translation>
        </message>
        <message>
            <source>Organisations (%n)</source>
            <translation>機構（%n）</translation>
        </message>
        <message>
            <source>People ({saved} of {listed})</source>
            <translation>人物（{saved}/{listed}）</translation>
        </message>
        <message>
            <source>Organisations ({saved} of {listed})</source>
            <translation>機構（{saved}/{listed}）</translation>
        </message>
        <message>
            <source>Dated events ({saved} of {listed})</source>
            <translation>有日期的事件（{saved}/{listed}）</translation>
        </message>
        <message>
            <source>Quotes ({saved} of {listed})</source>
            <translation>引語（{saved}/{listed}）</translation>
        </message>
        <message>
            <source>Not saved: its speaker, {name}, is unticked</source>
            <translation>不會儲存：其說話人「{name}」未勾選</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>Read again with this date</source>
            <translation>按此日期重新讀取</translation>
        </message>
        <message>
            <source>Published:</source>
            <translation>發布：</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做%1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>復原%1(&amp;U)</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>標題：</translation>
        </message>
        <message>
            <source>Title of the article</source>
            <translation>文章標題</translation>
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
            <translation>媒體：</translation>
        </message>
        <message>
            <source>Publisher of the article</source>
            <translation>刊發媒體</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>網址：</translation>
        </message>
        <message>
            <source>Web address of the article</source>
            <translation>文章的網址</translation>
        </message>
        <message>
            <source>https://… where it was found</source>
            <translation>https://…（來源網頁）</translation>
        </message>
        <message>
            <source>Not a web address: “%1”. Give one that begins with http:// or https://.</source>
            <translation>「%1」不是網址：請填寫以 http:// 或 https:// 開頭的網址。</translation>
        </message>
        <message>
            <source>The text prints no publication date: give it, or a web address with its day; every relative date hangs on it.</source>
            <translation>原文沒有印出發布日期：請填寫，或填寫含日期的網址——所有相對日期都以它為準。</translation>
        </message>
        <message>
            <source>A guess from “%1” (its month and year assumed): the text prints no full date. Check it; every relative date hangs on it.</source>
            <translation>推測自原文的「%1」（年份和月份均系推定）：原文沒有印出完整日期。請核對——所有相對日期都以它為準。</translation>
        </message>
        <message>
            <source>A guess from “%1” (its year assumed): the text prints no full date. Check it; every relative date hangs on it.</source>
            <translation>推測自原文的「%1」（年份系推定）：原文沒有印出完整日期。請核對——所有相對日期都以它為準。</translation>
        </message>
        <message>
            <source>A guess: the text prints no full date. Check it; every relative date hangs on it.</source>
            <translation>這是推測：原文沒有印出完整日期。請核對——所有相對日期都以它為準。</translation>
        </message>
        <message>
            <source>From its web address: %1</source>
            <translation>取自網址：%1</translation>
        </message>
        <message>
            <source>As the page declares it: %1</source>
            <translation>網頁後設資料所載：%1</translation>
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
            <translation>（其網址所示日期為 %1。）</translation>
        </message>
        <message>
            <source>Cannot read this date: %1</source>
            <translation>讀不懂這個日期：%1</translation>
        </message>
        <message>
            <source>Give a whole day, such as 2026-03-07.</source>
            <translation>請給出具體到日的日期，例如 2026-03-07。</translation>
        </message>
        <message>
            <source>Reading the article again…</source>
            <translation>正在重新讀取文章…</translation>
        </message>
        <message>
            <source>already in your library</source>
            <translation>已在你的文獻庫中</translation>
        </message>
        <message>
            <source>Tick an article to save it</source>
            <translation>勾選一篇文章後即可儲存</translation>
        </message>
        <message>
            <source>Saves once the article is read again…</source>
            <translation>文章重新讀取完畢後即儲存…</translation>
        </message>
        <message>
            <source>“%1” prints no publication date, so %n happening(s) it tells by that day (%2) cannot be placed in time and would not be saved as events.

Give its publication date at the top of the review to save what it tells by that day as dated events, or save the article as it is.</source>
            <translation>《%1》沒有印出發布日期，因此文中以那一天為準講述的 %n 件事（%2）無法確定時間，不會作為事件儲存。

在審閱視窗頂部填寫發布日期，這些事就會連同日期作為事件儲存；也可以按現狀儲存這篇文章。</translation>
        </message>
        <message>
            <source>Events without a date</source>
            <translation>沒有日期的事件</translation>
        </message>
        <message>
            <source>Save Without Them</source>
            <translation>不帶它們儲存</translation>
        </message>
        <message>
            <source>Give the Date</source>
            <translation>填寫日期</translation>
        </message>
        <message>
            <source>Leave the review</source>
            <translation>離開審閱</translation>
        </message>
        <message>
            <source>Close without saving? The corrections and unticked facts of this review are lost.</source>
            <translation>不儲存就關閉嗎？本次審閱中的更正和取消勾選都將丟失。</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>不儲存並關閉</translation>
        </message>
        <message>
            <source>Keep Reviewing</source>
            <translation>繼續審閱</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Search people, dates or text — 林俊旸, ljy, 2026-03, 3月4日, 离职, p:CEO</source>
            <translation>搜尋人物、日期或文字——林俊旸、ljy、2026-03、3月4日、離職、p:CEO</translation>
        </message>
        <message>
            <source>Person (林俊旸, lin junyang, ljy, p:CEO), date (2026-03, 3月4日, 2026-03-01..2026-03-07, within:2026-03) or text of any length; combine them: 林俊旸 2026-03. Fields: person: org: date: before: after: kind: sort:. ↓ shows recent searches.</source>
            <translation>人物（林俊旸、lin junyang、ljy、p:CEO）、日期（2026-03、3月4日、2026-03-01..2026-03-07、within:2026-03）或任意長度的文字，可以組合使用：林俊旸 2026-03。欄位：person: org: date: before: after: kind: sort:。按 ↓ 顯示最近的搜尋。</translation>
        </message>
        <message>
            <source>Search suggestions</source>
            <translation>搜尋建議</translation>
        </message>
        <message>
            <source>person</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>機構</translation>
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
            <translation>這個人：姓名、別名、拼音（順序不限，帶不帶聲調均可）、首字母縮寫、名字</translation>
        </message>
        <message>
            <source>the name of one who neither speaks nor acts</source>
            <translation>既未發言也無事件者的姓名</translation>
        </message>
        <message>
            <source>that person, or the text: where the name is printed</source>
            <translation>這個人，或這段文字：姓名出現之處</translation>
        </message>
        <message>
            <source>an organisation's name</source>
            <translation>機構名稱</translation>
        </message>
        <message>
            <source>that organisation, or the text: name, alias, Latin name, pinyin</source>
            <translation>這個機構，或這段文字：名稱、別名、英文名、拼音</translation>
        </message>
        <message>
            <source>a role</source>
            <translation>職務</translation>
        </message>
        <message>
            <source>its text, or the people holding it (a title that is the word or ends with it)</source>
            <translation>這段文字，或擔任該職務的人（頭銜就是這個詞，或以它結尾）</translation>
        </message>
        <message>
            <source>the beginning of a name</source>
            <translation>姓名的開頭</translation>
        </message>
        <message>
            <source>as you type: its text, or those whose names start with it (2+ letters or 1 character)</source>
            <translation>邊輸入邊搜尋：這段文字，或名稱以它開頭的人物和機構（至少 2 個字母或 1 個漢字）</translation>
        </message>
        <message>
            <source>only people: name, alias, pinyin, initials, role or beginning</source>
            <translation>只搜人物：姓名、別名、拼音、首字母縮寫、職務或名字開頭</translation>
        </message>
        <message>
            <source>an organisation by name or alias</source>
            <translation>按名稱或別名尋找機構</translation>
        </message>
        <message>
            <source>a person or an organisation</source>
            <translation>人物或機構</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>results whose date overlaps it; a year-less day is the latest on or before the newest article</source>
            <translation>日期與之有重疊的結果；沒有年份的日期，取最新文章發表當天或之前最近的那一天</translation>
        </message>
        <message>
            <source>a..b</source>
            <translation>起..止</translation>
        </message>
        <message>
            <source>a date range</source>
            <translation>日期範圍</translation>
        </message>
        <message>
            <source>dates inside the interval only</source>
            <translation>只要完全落在該區間內的日期</translation>
        </message>
        <message>
            <source>dates wholly before or after</source>
            <translation>完全在其之前或之後的日期</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>words of any length, Chinese or English (a last Latin word as a prefix)</source>
            <translation>任意長度的中文或英文詞語（最後一個拉丁字母單字按字首比對）</translation>
        </message>
        <message>
            <source>"a phrase" text: t:</source>
            <translation>"短語" text: t:</translation>
        </message>
        <message>
            <source>text only, never a name or a date</source>
            <translation>只當作文字，不當作姓名或日期</translation>
        </message>
        <message>
            <source>-word</source>
            <translation>-詞語</translation>
        </message>
        <message>
            <source>leave out what contains the word</source>
            <translation>排除包含該詞語的結果</translation>
        </message>
        <message>
            <source>direct or reported speech (d, r, 直接, 转述)</source>
            <translation>直接引語或間接引語（d、r、直接、轉述）</translation>
        </message>
        <message>
            <source>date (the default) or relevance of the text</source>
            <translation>按日期（預設）或按文字相關度</translation>
        </message>
        <message>
            <source>several</source>
            <translation>多個條件</translation>
        </message>
        <message>
            <source>everything typed must match</source>
            <translation>輸入的每一項都必須符合</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>不存在的日期</translation>
        </message>
        <message>
            <source>a word written as a date that no calendar has is an error, not text</source>
            <translation>寫成日期形式、但日曆上並不存在的詞會報錯，而不會當作文字</translation>
        </message>
        <message>
            <source>a date being typed</source>
            <translation>正在輸入的日期</translation>
        </message>
        <message>
            <source>ending with its separator or a lone 0: not yet whole, the window keeps the results before it</source>
            <translation>以分隔符或單獨的 0 結尾：日期尚未輸完，視窗保留之前的結果</translation>
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
            <translation>時間軸圖表</translation>
        </message>
        <message>
            <source>counting events…</source>
            <translation>正在統計事件…</translation>
        </message>
        <message>
            <source>No dated events to show</source>
            <translation>沒有可顯示的帶日期事件</translation>
        </message>
        <message>
            <source>No dated events match.</source>
            <translation>沒有符合的帶日期事件。</translation>
        </message>
        <message>
            <source>… and %Ln more: zoom in to see them</source>
            <translation>……另有 %Ln 個：放大即可看到</translation>
        </message>
        <message>
            <source>Zoom in here</source>
            <translation>在此處放大</translation>
        </message>
        <message>
            <source>{first} .. {last}: %Ln event(s) — click to zoom in</source>
            <translation>{first} 至 {last}：%Ln 個事件——點選放大</translation>
        </message>
        <message>
            <source>%Ln event(s) here — click to list them, or zoom in to days</source>
            <translation>此處有 %Ln 個事件——點選可列出，或放大到按日顯示</translation>
        </message>
        <message>
            <source>(no person named)</source>
            <translation>（未提及人物）</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>（無機構）</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>全部事件</translation>
        </message>
        <message>
            <source>{when}; printed as “{printed}”</source>
            <translation>{when}；原文作「{printed}」</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>日期不詳</translation>
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
            <translation>泳道：按機構</translation>
        </message>
        <message>
            <source>One lane</source>
            <translation>單一泳道</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>時間軸</translation>
        </message>
        <message>
            <source>Events in date order</source>
            <translation>按日期排列的事件</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>The events on a time axis</source>
            <translation>在時間軸上顯示事件</translation>
        </message>
        <message>
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>The events as a list (for screen readers and copying)</source>
            <translation>以列表顯示事件（便於螢幕閱讀器朗讀和複製）</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>泳道</translation>
        </message>
        <message>
            <source>One lane per person, per organisation, or a single lane</source>
            <translation>每人一條泳道、每個機構一條泳道，或只用一條泳道</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>縮小（−、Ctrl+滾輪）</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>放大（+、Ctrl+滾輪）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全覽</translation>
        </message>
        <message>
            <source>Show everything (Home)</source>
            <translation>顯示全部（Home）</translation>
        </message>
        <message>
            <source>What the marks mean (legend)</source>
            <translation>各種標記的含義（圖例）</translation>
        </message>
        <message>
            <source>Drag on the axis to choose a date range; ←/→ move between events; Shift+←/→ or drag to pan; Enter shows the event in the article</source>
            <translation>在時間軸上拖曳可選擇日期範圍；←/→ 在事件之間移動；Shift+←/→ 或拖曳可平移；按 Enter 在文章中顯示該事件</translation>
        </message>
        <message>
            <source>counting events…</source>
            <translation>正在統計事件…</translation>
        </message>
        <message>
            <source>%Ln undated (in the list)</source>
            <translation>%Ln 個日期不詳（見列表）</translation>
        </message>
        <message>
            <source>{shown} of %Ln dated event(s) in view</source>
            <translation>檢視中顯示 {shown} 個，共 %Ln 個帶日期的事件</translation>
        </message>
    </context>
</TS>
