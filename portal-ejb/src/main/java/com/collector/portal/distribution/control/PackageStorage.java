package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.packages.InspectedPackage;
import com.collector.repository.packages.PackageLimits;
import com.collector.repository.packages.PackageRefusedException;
import com.collector.repository.packages.PluginPackageInspector;
import com.collector.repository.packages.SpooledPackage;
import com.collector.repository.storage.AzureBlobStore;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.FileSystemBlobStore;
import com.collector.repository.storage.StoredBlob;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionRange;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes an upload from the wire to the blob store: spooled to a temporary file under its size limit
 * (never whole in memory), inspected when it is a plugin package (zip safety, manifest id and
 * version), then stored under its SHA-256 in {@code <data>/blobs}. A refused upload leaves nothing:
 * the temporary file is deleted and the store only ever shows whole, verified blobs. Blobs are
 * never deleted, not even those of an upload that failed after storing them (see {@link
 * ClickOnceUpload}).
 */
@ApplicationScoped
public class PackageStorage {

  /** The field refusals name: the request body. */
  public static final String FIELD = "package";

  private static final Logger LOG = Logger.getLogger(PackageStorage.class.getName());

  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "portal.releases.max-package-mb", defaultValue = "200")
  long maxPackageMegabytes;

  /** Azure Blob Storage by connection string (account key or SAS): a secret, set it by env. */
  @Inject
  @ConfigProperty(name = "portal.storage.azure.connection-string")
  Optional<String> azureConnectionString;

  /** Azure Blob Storage at this endpoint with the host's managed identity. */
  @Inject
  @ConfigProperty(name = "portal.storage.azure.endpoint")
  Optional<String> azureEndpoint;

  @Inject
  @ConfigProperty(name = "portal.storage.azure.client-id")
  Optional<String> azureClientId;

  @Inject
  @ConfigProperty(name = "portal.storage.azure.container", defaultValue = "packages")
  String azureContainer;

  private BlobStore blobs;
  private Path spool;
  private PluginPackageInspector inspector;
  private ClickOnceUpload clickOnce;

  @PostConstruct
  void open() {
    if (maxPackageMegabytes <= 0) {
      throw new IllegalStateException("portal.releases.max-package-mb must be positive");
    }
    Path root = dataDirectory.keys().getParent();
    blobs = openBlobs(root);
    spool = root.resolve("uploads");
    try {
      Files.createDirectories(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + spool, e);
    }
    inspector =
        new PluginPackageInspector(PackageLimits.defaults().withMaxPackageBytes(maxPackageBytes()));
    clickOnce = new ClickOnceUpload(blobs, spool, maxPackageBytes());
  }

  /**
   * Azure Blob Storage when configured (a connection string first, else an endpoint with the
   * managed identity), otherwise the data directory's {@code blobs}.
   */
  BlobStore openBlobs(Path root) {
    Optional<String> connection = azureConnectionString.filter(c -> !c.isBlank());
    Optional<String> endpoint = azureEndpoint.filter(e -> !e.isBlank());
    if (connection.isPresent()) {
      LOG.info(() -> "Packages are stored in Azure Blob Storage, container " + azureContainer);
      return AzureBlobStore.fromConnectionString(connection.get(), azureContainer);
    }
    if (endpoint.isPresent()) {
      LOG.info(() -> "Packages are stored in " + endpoint.get() + ", container " + azureContainer);
      return AzureBlobStore.withManagedIdentity(
          endpoint.get(), azureContainer, azureClientId.filter(c -> !c.isBlank()).orElse(null));
    }
    return new FileSystemBlobStore(root.resolve("blobs"));
  }

  public long maxPackageBytes() {
    return maxPackageMegabytes << 20;
  }

  /** The blobs, for downloads. */
  public BlobStore blobs() {
    return blobs;
  }

  /**
   * Spools, checks and stores {@code upload}: a plugin's package must be a safe zip whose manifest
   * names {@code productCode} at {@code version}; the app's must be a ClickOnce publish of {@code
   * version}, whose files are stored one by one for hosting (and the zip itself as the package).
   *
   * @throws com.collector.portal.platform.boundary.PayloadTooLargeException (413, {@code package})
   * @throws InvalidInputException naming {@code package}, {@code manifest.*} (plugins) or the
   *     ClickOnce check's fields ({@code deploymentManifest*}, {@code applicationManifest*}, {@code
   *     file*})
   */
  public AcceptedPackage accept(
      InputStream upload, ProductKind kind, String productCode, String version) {
    long max = maxPackageBytes();
    try (SpooledPackage spooled =
        SpooledPackage.copy(new LimitedInputStream(upload, max, FIELD), spool, max)) {
      VersionRange<AppVersion> range = VersionRange.any();
      if (Files.size(spooled.file()) == 0) {
        throw new InvalidInputException(FIELD, "is empty: send the package as the request body");
      }
      String expectedSha = null;
      if (kind == ProductKind.PLUGIN) {
        InspectedPackage inspected =
            inspector.inspect(spooled.file(), productCode, PluginVersion.parse(version));
        range = inspected.manifest().appVersions();
        expectedSha = inspected.sha256();
      }
      List<HostedFile> files =
          kind == ProductKind.APP ? clickOnce.store(spooled.file(), version) : List.of();
      StoredBlob stored;
      try (InputStream in = spooled.open()) {
        stored = expectedSha == null ? blobs.put(in, max) : blobs.put(in, max, expectedSha);
      }
      return new AcceptedPackage(stored.sha256(), stored.size(), range, files);
    } catch (PackageRefusedException refused) {
      throw new InvalidInputException(refused.field(), refusalMessage(refused));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spooled package", e);
    }
  }

  private static String refusalMessage(PackageRefusedException refused) {
    String message = refused.getMessage();
    String prefix = refused.field() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
