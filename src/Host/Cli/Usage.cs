namespace HealthExchange.Host.Cli;

internal static class Usage
{
    public const string Text = """
        hx — HealthExchange regional health data-exchange pipeline

          hx demo                                  a simulated month through the whole pipeline, then the report
          hx run [--kafka ADDR] [--db CONNSTR] [--http HOST:PORT | --no-http]
                                                   the long-running ingest service, with the HTTP API (127.0.0.1:8080)
          hx serve [--http HOST:PORT] [--db CONNSTR]   the HTTP API alone (docs/api.md); never migrates
          hx tokens create --role province|operator|hospital [--institution CODE] [--expires 2027-01-01|90d]
          hx tokens list [--format json] | revoke ID   the API's bearer tokens (kept hashed)
          hx province pull --city 南京市=URL[,token] ... --period 2016-03-01..2016-04-30 [--format table|csv|json|html|xlsx]
                    [--output FILE] [--affiliation 省[,中央]] [--store]
                                                   the province's two tables (cities; 省属医疗机构) from every city's API
                                                   (exit 1 if a city failed)
          hx province report --period P [--format ...] [--output FILE]   the same tables from what --store kept
          hx institutions expected import FILE.csv   expected volumes per institution and month (上传率 denominators)
          hx broker [--partitions N]               an embedded Kafka-protocol broker; prints bootstrap=HOST:PORT
          hx push --institution CODE --table CODE FILE [--batch ID] [--charset utf-8|gb18030] [--key FILE] [--wait]
                  [--delete [--reason TEXT]]     the FILE names records by business key: retract them
          hx push --institution CODE --cda FILE... [--batch ID] [--key FILE] [--wait]
          hx validate --institution CODE --table CODE FILE [--kind hospital|district] [--format table|json]
          hx cda validate FILE... [--institution CODE] [--no-schema] [--format table|json]
          hx cda get DOCUMENT_ID [--institution CODE]      the stored original, byte for byte, on stdout
          hx report --period 2022|2022-04|2022-04-15|2022-01-01..2022-03-31 [--kind hospital|district]
                    [--format table|csv|json|xlsx|html] [--output FILE] [--english]
          hx publish --period 2022-04 [--kind K]     keep the month's published snapshot (never overwritten)
          hx restatements --period 2022-04 [--kind K]  published figures the data now gives differently (exit 1 if any)
          hx catalogue list [--kind hospital|district] | show CODE | check FILE... [--format table|json]
          hx institutions import [FILE] [--declarations FILE] | export [declarations] | list [--format json]
          hx institutions keys add CODE PUBLIC.pem | list [CODE] | revoke KEYID | generate FILE
          hx institutions signing CODE required|optional   unsigned records of a 'required' institution are refused
          hx institutions affiliation CODE 省|20|-   隶属关系 (GB/T 12404: 中央 省 市 县 乡镇街道 村居 其他); - clears it
          hx reprocess [--institution CODE] [--table CODE] [--batch ID] [--format table|json]
          hx history KEY --institution CODE --table CODE [--format table|json]   every version of a record, and its retractions
                                                   re-validate quarantined rows after a catalogue fix; load those that pass
          hx dlq list [--institution CODE] [--code HXnnnn] [--since DATE] [--all] [--format table|json]
          hx dlq replay ID... | --code HXnnnn [--institution CODE]   re-settle stored dead letters once their cause is fixed
          hx alerts [--since DATE | --period P] [--recorded] [--english] [--format table|json]
                                                   silences, volume outliers, real-time drops, CDA mismatches (exit 1 if any)

        Own catalogues: --catalogue FILE (repeatable) or Catalogues:Files; --value-sets DIR or Catalogues:ValueSets.
        Configuration: appsettings.json, then HX_-prefixed environment variables (HX_Kafka__BootstrapServers,
        HX_Database__ConnectionString), then --kafka / --db. Logs: --log-format json for structured output.
        Exit codes: 0 ok, 1 the input had errors, 2 usage, 3 runtime failure.
        """;
}
