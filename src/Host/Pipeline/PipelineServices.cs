using Confluent.Kafka;
using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Types;
using HealthExchange.Ingest.Cda;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Schema;
using HealthExchange.Ingest.Settling;
using HealthExchange.Validation.Catalogues;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Host.Pipeline;

/// <summary>The ingest pipeline wired from settings: the one place that composes Ingest's parts.</summary>
public sealed class PipelineServices : IAsyncDisposable
{
    private PipelineServices(NpgsqlDataSource dataSource, CatalogueSet catalogues, IProducer<string?, byte[]> producer, RecordSettler settler, IngestConsumer consumer)
    {
        Settler = settler;
        DataSource = dataSource;
        Catalogues = catalogues;
        Producer = producer;
        Consumer = consumer;
    }

    public NpgsqlDataSource DataSource { get; }
    public CatalogueSet Catalogues { get; }
    public IProducer<string?, byte[]> Producer { get; }
    public IngestConsumer Consumer { get; }

    /// <summary>The settle step the consumer uses, for replaying stored dead letters through the very same path.</summary>
    public RecordSettler Settler { get; }

    /// <summary>Connects, migrates the schema for the catalogues in force and builds the consumer.</summary>
    public static async Task<PipelineServices> CreateAsync(HostSettings settings, ILoggerFactory logging, TimeProvider time, CancellationToken cancellationToken)
    {
        var catalogues = settings.LoadCatalogues();
        var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(catalogues, cancellationToken);
        var producer = new ProducerBuilder<string?, byte[]>(ProducerConfig(settings.Kafka)).Build();
        var registry = new InstitutionRegistry(dataSource, time);
        var clock = new UploadTime(time, TimeSpan.FromMinutes(settings.Kafka.UploadTimeSkewMinutes));
        var signatures = new SignatureCheck(new InstitutionKeys(dataSource, time));
        var tables = new TableBatchProcessor(dataSource, catalogues, registry, new BatchLoader(dataSource), clock, signatures);
        var validator = new CdaValidator(settings.Cda, DocumentTypeCatalogue.Load(DocumentTypeCatalogue.DefaultFile, catalogues), CodedValueSets.Default);
        var documents = new CdaDocumentProcessor(catalogues, registry, validator, new CdaDocumentLoader(dataSource), clock, signatures);
        var processors = new Dictionary<string, IRecordProcessor>(StringComparer.Ordinal)
        {
            [settings.Kafka.TablesTopic] = tables,
            [settings.Kafka.CdaTopic] = documents,
        };
        var settler = new RecordSettler(processors, tables, new DeadLetterStore(dataSource), new FeedbackPublisher(producer, settings.Kafka),
            logging.CreateLogger<RecordSettler>());
        var consumer = new IngestConsumer(settings.Kafka, settler, dataSource, logging.CreateLogger<IngestConsumer>(), time);
        return new PipelineServices(dataSource, catalogues, producer, settler, consumer);
    }

    /// <summary>Every producer of the platform: the contract's settings plus the operator's Kafka:Client (SASL, TLS).</summary>
    public static ProducerConfig ProducerConfig(KafkaOptions options)
    {
        var config = ProducerConfig(options.BootstrapServers);
        options.ApplyClientSettings(config);
        return config;
    }

    public static ProducerConfig ProducerConfig(string bootstrapServers) => new()
    {
        BootstrapServers = bootstrapServers,
        Acks = Acks.All,
        // Receipts and dead letters are retried by the client; idempotence keeps a retry from writing a record twice
        // or out of order (librdkafka then also holds in-flight requests to ≤ 5 and retries without limit).
        EnableIdempotence = true,
        // A record's offset waits for its receipt or dead letter to be acknowledged (the consumer loads the next record
        // meanwhile): lingering to batch them would only hold the offsets back.
        LingerMs = 0,
        MessageMaxBytes = BatchSizeLimit.ProducerMessageMaxBytes,
    };

    public async ValueTask DisposeAsync()
    {
        Producer.Flush(TimeSpan.FromSeconds(10));
        Producer.Dispose();
        await DataSource.DisposeAsync();
    }
}
