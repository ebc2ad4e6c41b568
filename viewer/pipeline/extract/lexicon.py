"""Words the extractor recognises: surnames, titles, speech verbs, organisation cues, page furniture."""
from __future__ import annotations

import re

# The most common Chinese surnames (single and compound); a name is a surname plus one or two characters.
SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
    "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
    "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商"
    "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼"
    "蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅"
    "利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
SURNAMES_2 = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯",
              "长孙", "宇文", "司徒", "独孤", "南宫", "西门", "百里", "呼延", "端木", "轩辕", "万俟",
              "闻人", "赫连", "澹台", "申屠", "钟离", "拓跋"}
# Characters that end a name: a third character that is one of these belongs to the next word.
NAME_STOP = set("在表称说负等的和与及是已将也都于对向从被为则曾还就又把让给由同并而但因以之其这那"
                "会要能可不没有所如即仍亦再才发宣透指认强介坦直提回写喊告补解承否呼警相预接出任加"
                "离辞卸告担带称率领到来去称赞批曾均即共一二三四五六七八九十个位名岁年月日号时点分称获暂未代兼")
# Words that are never a person's name though they look like one (surname + characters).
NOT_NAMES = {"公司", "集团", "高管", "记者", "方面", "官方", "马上", "平台", "全球", "全体", "华为",
             "阿里", "万元", "时间", "明年", "今年", "去年", "文本", "安全", "成员", "原因",
             "于是", "相关", "常务", "任何", "任务", "安排", "应用", "金融", "金额", "高层", "高级",
             "包括", "和谐", "卫生", "宁可", "方案", "向前", "解释", "管理", "关于", "关注", "石油",
             "程序", "司法", "王者", "龙头", "黄金", "元宇宙", "华人", "国内", "国际", "国家", "通义",
             "毕业"}

TITLES = ("首席架构师", "架构师", "首席执行官", "首席技术官", "首席科学家", "首席财务官", "首席运营官", "首席产品官", "联合创始人",
          "首席营销官", "首席信息官", "首席人力官", "首席法务官", "首席战略官", "首席增长官", "首席商务官",
          "首席数据官", "首席安全官", "首席风险官", "首席经济学家", "首席分析师",
          "创始人", "董事长", "副董事长", "副总裁", "总裁", "总经理", "副总经理", "经理", "负责人",
          "CEO", "CTO", "COO", "CFO", "CPO", "科学家", "研究员", "工程师", "贡献者", "发言人", "合伙人",
          "副主席", "主席", "副主任", "主任", "部长", "局长", "院长", "校长", "教授", "记者", "分析师",
          "总监", "主管", "主编", "律师", "顾问", "秘书长", "委员", "官员", "专家", "研究者", "董事",
          "总编辑", "市长", "省长", "书记", "大使", "作者", "博士", "老师", "掌门人", "一把手", "高管",
          "执行长", "财务长", "营运长", "技术长", "策略长", "资讯长", "行销长", "营运总裁", "协理", "处长",
          "署理行政总裁", "行政总裁", "总干事", "董事总经理", "董事会秘书", "董秘", "证券事务代表", "秘书")
TITLE_RE = "|".join(sorted(TITLES, key=len, reverse=True))

SPEECH_VERBS = ("表示", "称", "说道", "回应指", "说", "写道", "回应", "透露", "指出", "认为", "强调", "介绍",
                "坦言", "直言", "提到", "提及", "宣布", "声明", "喊话", "评论称", "回复", "发文称",
                "告诉", "补充", "解释", "承认", "否认", "回答", "呼吁", "警告", "坦承", "感慨", "谈到",
                "发布公告", "公告称", "确认", "回忆")
SPEECH_RE = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
EN_SPEECH = ("said", "says", "told", "wrote", "added", "noted", "explained", "stated", "posted",
             "announced", "tweeted", "commented", "disclosed", "telling", "saying", "described")

ORG_SUFFIXES = ("股份有限公司", "有限公司", "集团", "公司", "科技", "智能", "实验室", "研究院", "研究所", "大学", "学院", "委员会", "董事会",
                "事业群", "事业部", "银行", "基金会", "协会", "法院", "政府", "网信办", "工作室", "中心",
                "监管局", "管理局", "交易所", "股份", "控股", "电视台", "日报", "晚报", "通讯社")
GENERIC_ORG_SUFFIXES = ("股份有限公司", "有限公司", "公司", "集团")
KNOWN_ORGS = ("阿里巴巴", "阿里云", "阿里", "腾讯", "百度", "华为", "字节跳动", "小米", "京东", "美团",
              "网易", "谷歌", "Google", "DeepMind", "OpenAI", "Anthropic", "Meta", "微软", "Microsoft",
              "苹果", "Apple", "亚马逊", "Amazon", "英伟达", "Nvidia", "NVIDIA", "特斯拉", "Tesla",
              "三星", "索尼", "联想", "中兴", "比亚迪", "蔚来", "小鹏", "滴滴", "快手", "拼多多", "商汤",
              "智谱", "月之暗面", "科大讯飞", "中国移动", "中国电信", "中国联通", "国家网信办", "新华社",
              "中新社", "路透社", "Reuters", "Bloomberg", "彭博社", "董事会", "xAI", "Mistral")
PUBLISHERS = ("新华社", "中新社", "中国新闻社", "人民日报", "澎湃新闻", "界面新闻", "财新", "第一财经",
              "36氪", "钛媒体", "虎嗅", "电商派", "新浪科技", "腾讯科技", "Reuters", "Bloomberg",
              "The Verge", "TechCrunch", "路透社", "彭博社", "AP", "AFP")
# Characters that do not begin an organisation's name (they end the words before it).
ORG_NOT_START = set("的了在由将对从与和及向为被把给让是有也都于就而但并或等该其这那该本此各每年月日号时")
EN_ORG_SUFFIXES = ("Robotics", "Capital", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Technologies",
                   "Technology", "Labs", "Group", "Holdings", "Ventures", "Systems", "Software", "Motors",
                   "Partners", "Bank", "University", "Institute", "Foundation", "AI", "Media", "Networks",
                   "Logistics", "Post", "Airlines", "Airways", "Securities", "Insurance", "Energy",
                   "Electronics", "Semiconductor", "Semiconductors", "Communications", "Telecom", "Pharma",
                   "Pharmaceuticals", "Ltd", "LLC", "plc", "PLC", "AG", "SE", "GmbH", "SA", "NV", "Co",
                   "Company", "Association", "Agency", "Ministry", "Commission", "Council", "Fund",
                   "Trust", "Exchange", "Press", "News", "Times", "Journal", "Studios", "Games", "Cloud",
                   "Analytics", "Research", "Consulting", "Dynamics", "Devices", "Solutions", "Industries",
                   "Instruments", "Payments", "Therapeutics", "Biosciences", "Aerospace", "Materials")

RELATED_HEADINGS = re.compile(r"^\s*(相关阅读|相关新闻|延伸阅读|推荐阅读|热门推荐|Related( (articles|reading|stories|news))?|Read more|More from|Most Read( from \w+(?: \w+){0,3})?|Most Popular)\s*(?:[:：|｜]\s*)?$", re.I)
# a press release's closing sections: everything from them on is boilerplate, not news
BOILERPLATE_HEADINGS = re.compile(r"^\s*(About [A-Z][\w&.,'-]*(?: [\w&.,'-]+){0,8}|Forward-Looking Statements|Safe Harbor Statement"
                                  r"|Cautionary (Note|Statement)(?: \w+){0,6}|(Media|Investor|Press) Contacts?:?|Contacts?:)$")
FURNITURE = [re.compile(p, re.I) for p in (
    r"^\s*图(源|片来源|片|注)?\s*[:：|｜]", r"^\s*(来源|责任编辑|责编|编辑|校对|审核|出品|策划)\s*[:：|｜]",
    r"^\s*\d+\s*[、.]\s*.*(侵权|版权|观点|立场|不代表|转载|投诉|异议)", r"(版权所有|未经授权|未经允许不得转载)",
    r"^\s*(分享到|点击|扫码|长按|关注我们|关注公众号|阅读原文|返回搜狐|举报)", r"^\s*[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+\s*$",
    r"^\s*(Photo|Image|Credit|Source)\s*[:：]", r"^\s*(Share|Follow us|Subscribe|Sign up)\b",
    r"^\s*(本文|此文)(来自|转载|系|仅代表)", r"^\s*声明\s*[:：]", r"\bAll rights reserved\b",
    r"^\s*\(?(Reporting|Writing|Editing|Additional reporting) by\b", r"^\s*Our Standards\s*:",
    r"^\s*[▲△▼■●◆]", r"[（(]\s*(图|圖|摄|攝影?)\s*[/／:：]",
    r"^\s*(承董事会命|By order of the Board)", r"^\s*(Read more|Read next|See also)\s*:", r"^\s*Editor[’']s note\s*:", r"^\s*编者按\s*[:：]", r"对本公告之?的?内容概不负责", r"[。）)]\s*(图源|图片来源|摄影|摄)\s*[:：]",
    r"^[\u4e00-\u9fff]{2,4}[，,]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年[^，。]{1,6}日\s*$")]
