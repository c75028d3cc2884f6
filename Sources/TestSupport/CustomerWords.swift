import Contracts

/// What customers say, per category, for benchmarks and generated scenarios.
public enum CustomerWords {
    /// Two ways customers put each category: the first call, and the call about the same event again.
    public static let byCategory: [(Category, first: String, again: String)] = [
        (.meterSeal, "客户反映电表箱封印被人撬开，担心被认定窃电。", "电表箱封印被撬的事还没人来看，怕说我偷电。"),
        (.wrongReading, "客户反映本月电费比上月高出一倍，怀疑抄表员抄错表。", "电费翻倍的事到现在没人核实，抄表员肯定抄错了。"),
        (.wrongDisconnection, "客户已经交了电费却被停电，要求马上恢复供电。", "交了电费还被停电，到现在没恢复，家里冰箱都化了。"),
        (.tariff, "客户认为自家执行的是商业电价，应该按居民电价收费。", "电价还是按商业电价算的，说好改居民电价没改。"),
        (.attitude, "营业厅工作人员态度恶劣，问两句就不耐烦还挂电话。", "上次那个工作人员态度太差挂我电话，没人给个说法。"),
        (.workQuality, "装表接电后线路接得乱七八糟，工人没收拾就走了。", "装表后线路乱接的问题还没人来整改。"),
        (.supplyQuality, "家里电压太低，晚上灯一闪一闪的，空调开不起来。", "电压低灯闪的问题还是没解决，空调照样开不起来。"),
        (.repairOverdue, "报修停电三个多小时了，抢修人员还没到。", "报修五个小时了还是没人来修，家里一直没电。"),
        (.plannedOutage, "计划停电没有提前通知，店里的货全坏了。", "停电不提前通知的事还没回复，损失谁负责。"),
        (.applianceDamage, "突然来电电压太高，把家里电视和冰箱烧坏了。", "电视冰箱被烧坏的事还没人来处理。"),
        (.lateReconnection, "欠费已经缴清一天了，还没给恢复送电。", "欠费早交了，到现在还没复电。"),
        (.charges, "装一块电表收了八百块钱，也不给开票，收费不合理。", "装表收八百不开票的事还没给个说法。"),
        (.brokenCommitment, "上次说好给我家换新电表，一直没人来换。", "答应换电表到现在也没换，说话不算数。"),
        (.commitmentDeadline, "说好三天内装表，过了一个星期还没装。", "说好三天装表，现在十天了还没装上。"),
        (.theft, "举报隔壁饭店私拉电线绕过电表偷电。", "隔壁饭店偷电的事举报了还在偷。"),
        (.other, "举报电工装表时索要好处费。", "电工要好处费的事举报了没人管。"),
    ]
}
