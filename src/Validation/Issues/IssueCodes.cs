namespace HealthExchange.Validation.Issues;

/// <summary>
/// The catalogue of finding codes. HX1xxx: the record/envelope; HX2xxx: header and row checks;
/// HX3xxx: the batch; HX4xxx: CDA documents. docs/validation.md lists them one line each.
/// </summary>
public static class IssueCodes
{
    private static IssueDefinition E(string code, string zh, string en, string hintZh, string hintEn) => new(code, IssueSeverity.Error, zh, en, hintZh, hintEn);
    private static IssueDefinition W(string code, string zh, string en, string hintZh, string hintEn) => new(code, IssueSeverity.Warning, zh, en, hintZh, hintEn);

    // Envelope: the record cannot be attributed or read as a whole (dead-letter topic).
    public static readonly IssueDefinition MissingHeader = E("HX1001", "缺少必需的消息头", "required Kafka header missing", "补齐 hx-institution、hx-table、hx-format、hx-batch 消息头", "send the hx-institution, hx-table, hx-format and hx-batch headers");
    public static readonly IssueDefinition UnknownInstitution = E("HX1002", "机构未注册", "institution is not registered", "联系平台运维登记机构代码", "ask the platform operators to register the institution code");
    public static readonly IssueDefinition UnknownTable = E("HX1003", "数据表不在该机构的目录中", "table is not in the institution's catalogue", "使用目录中的表代码（hx catalogue list）", "use a table code from the catalogue (hx catalogue list)");
    public static readonly IssueDefinition UnsupportedFormat = E("HX1004", "不支持的数据格式", "unsupported format", "hx-format 取 csv、jsonl 或 arrow", "hx-format must be csv, jsonl or arrow");
    public static readonly IssueDefinition UnsupportedCharset = E("HX1005", "不支持的字符集", "unsupported charset", "hx-charset 取 utf-8 或 gb18030", "hx-charset must be utf-8 or gb18030");
    public static readonly IssueDefinition UnreadableBatch = E("HX1006", "批次无法解析", "batch cannot be read", "检查文件编码与格式", "check the file's encoding and format");
    public static readonly IssueDefinition EmptyBatch = E("HX1007", "批次没有数据行", "batch holds no rows", "至少发送一行数据", "send at least one row");
    public static readonly IssueDefinition BatchIdInvalid = E("HX1008", "批次号无效", "batch id is invalid", "hx-batch 为 1–128 个可见字符", "hx-batch must be 1–128 visible characters");
    public static readonly IssueDefinition ProcessingFailed = E("HX1099", "平台处理失败，已转入死信队列", "platform processing failed; record parked in the dead-letter topic", "平台运维排查后重放", "platform operators replay it once the cause is fixed");
    public static readonly IssueDefinition TableNotDeclared = W("HX1010", "该表未在机构申明中", "table is not in the institution's declaration", "更新机构的申明上传表", "update the institution's declared tables");

    // Header row.
    public static readonly IssueDefinition UnknownColumn = W("HX2001", "未知列，已忽略", "unknown column, ignored", "列名须与目录一致", "column names must match the catalogue");
    public static readonly IssueDefinition MissingRequiredColumn = E("HX2002", "缺少必填列", "required column missing from the header", "在表头加入该列", "add the column to the header row");
    public static readonly IssueDefinition DuplicateColumn = E("HX2003", "表头列重复", "column repeated in the header", "每列只出现一次", "name each column once");

    // Row checks.
    public static readonly IssueDefinition RequiredMissing = E("HX2101", "必填项为空", "required value missing", "填写该必填项", "fill in the required value");
    public static readonly IssueDefinition TooLong = E("HX2102", "超过最大长度", "value longer than allowed", "按目录长度截断或修正", "shorten to the catalogue's length");
    public static readonly IssueDefinition NotInteger = E("HX2103", "不是整数", "not an integer", "填写整数", "send a whole number");
    public static readonly IssueDefinition NotDecimal = E("HX2104", "不是合法的数值或精度超限", "not a decimal within the precision", "按 decimal(p,s) 填写", "send a number that fits decimal(p,s)");
    public static readonly IssueDefinition BadDate = E("HX2105", "日期格式错误", "not a valid date", "使用 yyyy-MM-dd 或 yyyyMMdd", "use yyyy-MM-dd or yyyyMMdd");
    public static readonly IssueDefinition BadDateTime = E("HX2106", "日期时间格式错误", "not a valid date-time", "使用 yyyy-MM-dd HH:mm:ss 或 yyyyMMddHHmmss", "use yyyy-MM-dd HH:mm:ss or yyyyMMddHHmmss");
    public static readonly IssueDefinition NotInValueSet = E("HX2107", "代码不在值域中", "code not in the value set", "使用值域中的代码", "use a code from the value set");
    public static readonly IssueDefinition BadBoolean = E("HX2108", "不是合法的布尔值", "not a boolean", "填写 true/false 或 1/0", "send true/false or 1/0");
    public static readonly IssueDefinition FieldCount = E("HX2109", "字段数与表头不符", "field count differs from the header", "检查分隔符与引号", "check delimiters and quoting");
    public static readonly IssueDefinition UnreadableRow = E("HX2110", "该行无法解析", "row cannot be read", "检查该行的 JSON 或引号", "check the row's JSON or quoting");
    public static readonly IssueDefinition NationalIdCheckDigit = E("HX2111", "身份证号校验位错误", "national ID check digit is wrong", "核对身份证号（GB 11643）", "verify the ID number (GB 11643)");
    public static readonly IssueDefinition NationalIdBirthDate = E("HX2112", "身份证号中的出生日期与出生日期列不一致", "national ID birth date disagrees with the birth-date column", "核对出生日期", "verify the date of birth");
    public static readonly IssueDefinition DateInFuture = E("HX2113", "日期晚于上传时间", "date is in the future", "核对日期与时区", "check the date and time zone");
    public static readonly IssueDefinition DateBefore1900 = E("HX2114", "日期早于1900年", "date before 1900", "核对日期", "check the date");
    public static readonly IssueDefinition DateOrder = E("HX2115", "日期先后顺序错误", "dates out of order", "如出院时间不得早于入院时间", "e.g. discharge must not precede admission");
    public static readonly IssueDefinition NationalIdFormat = E("HX2116", "身份证号格式错误", "national ID is malformed", "18位：17位数字加校验位", "18 characters: 17 digits and a check character");

    // Batch.
    public static readonly IssueDefinition DuplicateKeyInBatch = E("HX3001", "批次内业务主键重复", "business key repeated within the batch", "每个业务主键在批次中只出现一次", "send each business key once per batch");

    public static IReadOnlyList<IssueDefinition> All { get; } = typeof(IssueCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(IssueDefinition))
        .Select(field => (IssueDefinition)field.GetValue(null)!)
        .OrderBy(definition => definition.Code, StringComparer.Ordinal)
        .ToList();
}
