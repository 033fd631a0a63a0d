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
    public static readonly IssueDefinition BatchTooLarge = E("HX1009", "批次超过 16 MiB 上限", "batch is larger than the 16 MiB limit", "把数据拆成多个批次发送（每个批次号不同）", "split the data into several batches, each with its own batch id");
    public static readonly IssueDefinition InvalidHeader = E("HX1011", "消息头或消息键的值无效", "a header or key value is invalid", "消息头取值为不超过256字节的 UTF-8 文本，不含控制字符", "header values must be UTF-8 text of at most 256 bytes without control characters");
    public static readonly IssueDefinition ImplausibleUploadTime = E("HX1012", "上传时间（Kafka 时间戳）不合理", "upload time (Kafka timestamp) is implausible", "使用发送时刻作为消息时间戳（2000年以后，且不晚于平台时钟）", "send the record with its sending time as timestamp (after 2000, not ahead of the platform's clock)");
    public static readonly IssueDefinition SignatureMissing = E("HX1020", "该机构要求签名，记录未签名", "the institution requires signed records; this one is unsigned", "用机构私钥签名后发送（hx push --key，docs/security.md）", "sign with the institution's private key (hx push --key, docs/security.md)");
    public static readonly IssueDefinition SignatureUnknownKey = E("HX1021", "签名密钥未登记在该机构名下", "the signing key is not registered to this institution", "联系平台运维登记公钥（hx institutions keys add）", "ask the platform operators to register the public key (hx institutions keys add)");
    public static readonly IssueDefinition SignatureKeyRevoked = E("HX1022", "签名密钥已吊销", "the signing key has been revoked", "改用有效的密钥签名", "sign with a key that is still valid");
    public static readonly IssueDefinition SignatureInvalid = E("HX1023", "签名无效：记录被篡改，或签名属于另一批次", "signature does not verify: the record was altered or the signature belongs to another batch", "对本记录的机构、表、批次号、时间戳与内容摘要重新签名", "sign this record's institution, table, batch id, timestamp and value digest");
    public static readonly IssueDefinition UnsupportedOperation = E("HX1024", "不支持的操作（hx-op）", "unsupported operation (hx-op)", "hx-op 取 upsert（默认）或 delete", "hx-op must be upsert (the default) or delete");
    public static readonly IssueDefinition RetractionRowInvalid = E("HX1025", "撤回批次中有无效行，整批未执行", "a retraction batch has an invalid row; none of it was applied", "每行须带完整且有效的业务主键，修正后以新批次号重发", "give every row its full, valid business key and send it again under a new batch id");
    public static readonly IssueDefinition ProcessingFailed = E("HX1099", "平台处理失败，已转入死信队列", "platform processing failed; record parked in the dead-letter topic", "平台运维排查后重放", "platform operators replay it once the cause is fixed");
    public static readonly IssueDefinition TableNotDeclared = W("HX1010", "该表未在机构申明中", "table is not in the institution's declaration", "更新机构的申明上传表", "update the institution's declared tables");

    // Header row.
    public static readonly IssueDefinition UnknownColumn = W("HX2001", "未知列，已忽略", "unknown column, ignored", "列名须与目录一致", "column names must match the catalogue");
    public static readonly IssueDefinition MissingRequiredColumn = E("HX2002", "缺少必填列", "required column missing from the header", "在表头加入该列", "add the column to the header row");
    public static readonly IssueDefinition DuplicateColumn = E("HX2003", "表头列重复", "column repeated in the header", "每列只出现一次", "name each column once");

    public static readonly IssueDefinition UnmappableArrowType = E("HX2004", "Arrow 列类型无法对应目录类型", "Arrow column type maps to no catalogue type", "使用 utf8、整数、decimal128、date32 或 timestamp 类型", "use utf8, an integer, decimal128, date32 or timestamp");

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
    public static readonly IssueDefinition UnstorableCharacter = E("HX2117", "值含无法存储的字符（NUL 或不成对的代理项）", "value contains a character that cannot be stored (NUL or an unpaired surrogate)", "删除 NUL 字符，检查 JSON 的 \\u 转义", "remove NUL characters; check the JSON \\u escapes");
    public static readonly IssueDefinition NationalIdFormat = E("HX2116", "身份证号格式错误", "national ID is malformed", "18位：17位数字加校验位", "18 characters: 17 digits and a check character");

    // Batch.
    public static readonly IssueDefinition DuplicateKeyInBatch = E("HX3001", "批次内业务主键重复", "business key repeated within the batch", "每个业务主键在批次中只出现一次", "send each business key once per batch");

    // CDA documents: reading (the document cannot be read safely; nothing else is checked).
    public static readonly IssueDefinition CdaTooLarge = E("HX4001", "文档超过大小上限", "document exceeds the size limit", "拆分或压缩附件后重新上传", "remove embedded attachments or split the document");
    public static readonly IssueDefinition CdaEncodingUnsupported = E("HX4002", "不支持的文档编码", "document encoding not supported", "使用 UTF-8 或 GB18030 并在 XML 声明中注明", "use UTF-8 or GB18030 and declare it in the XML declaration");
    public static readonly IssueDefinition CdaEncodingMismatch = E("HX4003", "文档字节与声明的编码不符", "document bytes do not match the declared encoding", "XML 声明的 encoding 必须与实际编码一致", "make the XML declaration's encoding match the bytes");
    public static readonly IssueDefinition CdaDtdProhibited = E("HX4004", "文档含 DTD（DOCTYPE），不予处理", "document contains a DTD (DOCTYPE); refused", "去掉 DOCTYPE 声明与实体定义", "remove the DOCTYPE declaration and entity definitions");
    public static readonly IssueDefinition CdaNotWellFormed = E("HX4005", "文档不是格式良好的 XML", "document is not well-formed XML", "按行列位置修正 XML", "fix the XML at the given line and column");
    public static readonly IssueDefinition CdaTooDeep = E("HX4006", "文档嵌套层级超过上限", "document nesting exceeds the depth limit", "检查文档结构", "check the document structure");

    // CDA documents: what the document is.
    public static readonly IssueDefinition CdaNotClinicalDocument = E("HX4010", "不是 CDA 文档", "not a CDA document", "根元素须为 urn:hl7-org:v3 命名空间的 ClinicalDocument", "the root element must be ClinicalDocument in the urn:hl7-org:v3 namespace");
    public static readonly IssueDefinition CdaNotWst500 = E("HX4011", "不是 WS/T 500 共享文档", "not a WS/T 500 document", "按 WS/T 500-2016 共享文档规范生成文档", "send documents built to WS/T 500-2016");
    public static readonly IssueDefinition CdaSchemaInvalid = E("HX4020", "文档不符合 WS/T 500 XML Schema", "document does not conform to the WS/T 500 schema", "按行列位置对照 SDA.xsd 修正", "fix the element at the given line against SDA.xsd");

    // CDA documents: header.
    public static readonly IssueDefinition CdaRealmCode = E("HX4101", "realmCode 不是 CN", "realmCode is not CN", "填写 <realmCode code=\"CN\"/>", "send <realmCode code=\"CN\"/>");
    public static readonly IssueDefinition CdaTypeId = E("HX4102", "typeId 错误", "typeId is wrong", "root=2.16.840.1.113883.1.3, extension=POCD_MT000040", "root=2.16.840.1.113883.1.3, extension=POCD_MT000040");
    public static readonly IssueDefinition CdaDocumentId = E("HX4103", "文档流水号缺失或无效", "document id missing or invalid", "id 的 root 为 2.16.156.10011.1.1，extension 为 1–128 个可见字符", "id root 2.16.156.10011.1.1 with an extension of 1–128 visible characters");
    public static readonly IssueDefinition CdaEffectiveTime = E("HX4104", "文档生成时间缺失或无效", "document effectiveTime missing or invalid", "填写 yyyyMMddHHmmss 格式的 effectiveTime", "send effectiveTime as yyyyMMddHHmmss");
    public static readonly IssueDefinition CdaNationalIdMissing = W("HX4105", "未提供患者身份证号", "patient national ID not given", "有身份证的患者在 root 2.16.156.10011.1.3 下填写身份证号", "give the national ID under root 2.16.156.10011.1.3 where the patient has one");
    public static readonly IssueDefinition CdaNationalIdFormat = E("HX4106", "患者身份证号格式错误", "patient national ID is malformed", "18位：17位数字加校验位", "18 characters: 17 digits and a check character");
    public static readonly IssueDefinition CdaNationalIdCheckDigit = E("HX4107", "患者身份证号校验位错误", "patient national ID check digit is wrong", "核对身份证号（GB 11643）", "verify the ID number (GB 11643)");
    public static readonly IssueDefinition CdaAuthor = E("HX4108", "缺少文档创作者", "document author missing", "填写 author 的 time 与 assignedAuthor/id", "send author with time and assignedAuthor/id");
    public static readonly IssueDefinition CdaCustodianMissing = E("HX4109", "缺少保管机构代码", "custodian organisation id missing", "填写 custodian 的机构代码（root 2.16.156.10011.1.5）", "send the custodian organisation id under root 2.16.156.10011.1.5");
    public static readonly IssueDefinition CdaCustodianOtherInstitution = E("HX4110", "保管机构是另一家已登记机构", "custodian is another registered institution", "只上传本机构保管的文档，或使用正确的 hx-institution", "upload only documents your institution keeps, or fix hx-institution");
    public static readonly IssueDefinition CdaCustodianUnmapped = W("HX4111", "保管机构代码不是平台登记的机构代码", "custodian id is not a platform registry code", "保管机构代码使用平台登记的机构代码", "use the platform registry code as the custodian id");

    // CDA documents: document type.
    public static readonly IssueDefinition CdaDocumentCode = E("HX4201", "文档类型代码缺失或不在 2.16.156.10011.2.4 中", "document type code missing or not in 2.16.156.10011.2.4", "code 取 C0001–C0053", "send a code C0001–C0053");
    public static readonly IssueDefinition CdaTemplateMismatch = E("HX4202", "模板标识与文档类型代码不一致", "templateId does not agree with the document type code", "C00nn 对应 templateId 2.16.156.10011.2.1.1.(20+nn)", "C00nn pairs with templateId 2.16.156.10011.2.1.1.(20+nn)");
    public static readonly IssueDefinition CdaUnknownDocumentType = E("HX4203", "平台未定义该文档类型", "document type is not defined on the platform", "使用 WS/T 500 的 53 种文档之一", "send one of the 53 WS/T 500 document types");
    public static readonly IssueDefinition CdaNoExtraction = W("HX4204", "该文档类型未配置抽取规则，仅保存原文", "no extraction rules for this document type; the original is kept only", "平台在 schemas/cda/document-types.yaml 中配置抽取规则", "the platform configures extraction in schemas/cda/document-types.yaml");
    public static readonly IssueDefinition CdaTitleMismatch = W("HX4205", "文档标题与文档类型不符", "document title does not match the document type", "title 使用文档类型名称", "use the document type's title");

    // CDA documents: body.
    public static readonly IssueDefinition CdaRequiredSectionMissing = E("HX4301", "缺少必需章节", "required section missing", "按文档类型补齐该 LOINC 章节", "add the section with this LOINC code");
    public static readonly IssueDefinition CdaTemplateSectionMissing = W("HX4302", "缺少模板中的章节", "a section of the template is missing", "如有内容应按模板提供该章节", "send the section when the content exists");
    public static readonly IssueDefinition CdaRequiredElementMissing = E("HX4303", "缺少必需数据元", "required data element missing", "补齐该数据元（2.16.156.10011.2.2.1）", "add the data element (2.16.156.10011.2.2.1)");
    public static readonly IssueDefinition CdaCodeNotInValueSet = E("HX4304", "编码不在值域中", "coded value not in its value set", "使用 codeSystem 对应值域中的代码", "use a code of the codeSystem's value set");
    public static readonly IssueDefinition CdaDataElementCode = W("HX4305", "数据元标识符格式错误", "data element identifier is malformed", "数据元标识符形如 DE02.01.039.00", "data element identifiers look like DE02.01.039.00");
    public static readonly IssueDefinition CdaSectionCode = W("HX4306", "章节缺少 LOINC 编码", "section has no LOINC code", "为章节填写 LOINC 编码", "give the section its LOINC code");

    // CDA documents: extraction.
    public static readonly IssueDefinition CdaTableNotInCatalogue = W("HX4401", "抽取目标表不在该机构的目录中，未抽取", "extraction target table is not in the institution's catalogue; skipped", "核对机构类别与目录", "check the institution's kind and catalogue");
    public static readonly IssueDefinition CdaExtractedRowRejected = E("HX4402", "由文档抽取的数据行未通过校验", "a row extracted from the document failed validation", "见同一文档的行级问题（表.列）", "see the row findings of this document (table.column)");

    public static IReadOnlyList<IssueDefinition> All { get; } = typeof(IssueCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(IssueDefinition))
        .Select(field => (IssueDefinition)field.GetValue(null)!)
        .OrderBy(definition => definition.Code, StringComparer.Ordinal)
        .ToList();
}
