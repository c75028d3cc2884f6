/// A customer's letter longer than the hotline's records usually hold (issue 16): an account of the trouble, every
/// call made about it over half a year, and what the customer asks for. Letters like it reach the bureau by post and
/// are keyed in whole.
enum LongLetter {
    static let text: String = {
        let opening = """
            尊敬的九原供电分局领导：您好！我叫赵文华，家住九原区阿嘎如泰村二组十七号，户号0472-200517。\
            我写这封信，是因为我家和左右邻居从去年秋天开始，晚上用电的时候电压一直很低，电灯发暗，电饭锅煮不熟饭，\
            电暖器一开就跳闸，冬天老人和孩子只能挤在一个屋里烧炕取暖。我们前前后后打了很多次电话，也去过供电所，\
            每次都说会来看，可是问题一直没有解决。下面是我们这半年来反映的经过，请领导们看一看。
            """
        let calls = (1...64).map { index in
            let month = 9 + (index - 1) / 8
            let day = 1 + (index - 1) % 8 * 3
            let (who, answer) = Self.calls[(index - 1) % Self.calls.count]
            return "\(month > 12 ? month - 12 : month)月\(day)日，\(who)，\(answer)。"
        }
        let closing = """
            我们不是无理取闹，只是想过一个暖和的冬天。村里年轻人都出去打工了，留下的大多是老人，\
            晚上电压低的时候连手机都充不上电，万一有急事联系不上人。恳请领导派人到村里实地测一测电压，\
            看看是不是变压器容量不够，给我们一个明确的答复和解决的时间。此致敬礼！赵文华及二组全体村民。
            """
        return opening + calls.joined() + closing
    }()

    private static let calls = [
        ("我打95598反映晚上电压低", "客服说已经转给供电所，让我等电话"),
        ("我到阿嘎如泰供电所营业厅当面反映", "工作人员说师傅下乡了，回来就去看"),
        ("邻居王大爷又打了95598", "客服说工单还在处理中，让我们耐心等待"),
        ("供电所来了一位师傅", "在电表箱那里看了看就走了，说要回去研究"),
        ("我再次打电话问进度", "接电话的人说要等上面批了才能换变压器"),
        ("村主任帮我们打电话到供电所", "所里说今年的改造计划已经排满了"),
    ]
}
