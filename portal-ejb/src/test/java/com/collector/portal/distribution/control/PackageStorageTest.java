package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.distribution.entity.HostedFileRole;
import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.clickonce.PublishFixture;
import com.collector.repository.storage.AzureBlobStore;
import com.collector.repository.storage.AzuriteExtension;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.BlobStoreException;
import com.collector.repository.storage.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Where the portal stores packages: the data directory by default, Azure Blob Storage when set. */
class PackageStorageTest {

  @RegisterExtension static final AzuriteExtension AZURITE = new AzuriteExtension();

  @TempDir Path data;

  @Test
  void packagesGoUnderTheDataDirectoryByDefault() throws Exception {
    PackageStorage cut = storage(Optional.empty(), "unused");

    AcceptedPackage accepted = cut.accept(plugin(), ProductKind.PLUGIN, "ocr", "1.2.0");

    assertThat(cut.blobs()).isInstanceOf(FileSystemBlobStore.class);
    assertThat(new FileSystemBlobStore(data.resolve("blobs")).exists(accepted.sha256())).isTrue();
  }

  @Test
  void aConnectionStringStoresPackagesInAzureBlobStorage() throws Exception {
    String connection = AZURITE.azurite().connectionString();
    PackageStorage cut = storage(Optional.of(connection), "portal-packages");

    AcceptedPackage accepted = cut.accept(plugin(), ProductKind.PLUGIN, "ocr", "1.2.0");

    assertThat(cut.blobs()).isInstanceOf(AzureBlobStore.class);
    AzureBlobStore seenFromOutside =
        AzureBlobStore.fromConnectionString(connection, "portal-packages");
    assertThat(seenFromOutside.exists(accepted.sha256())).isTrue();
    try (InputStream tail = cut.blobs().open(accepted.sha256(), accepted.size() - 10, 10)) {
      assertThat(tail.readAllBytes()).hasSize(10);
    }
    assertThat(data.resolve("blobs")).doesNotExist();
  }

  @Test
  void anAppPackageIsAClickOncePublishWhoseFilesAreStoredOneByOne() throws Exception {
    PackageStorage cut = storage(Optional.empty(), "unused");
    PublishFixture publish = PublishFixture.of("4.2.0.17");

    AcceptedPackage accepted =
        cut.accept(
            new ByteArrayInputStream(publish.zip()), ProductKind.APP, "collector", "4.2.0.17");

    assertThat(accepted.files())
        .extracting(HostedFile::path)
        .contains(
            "Collector.application",
            publish.applicationManifestEntry(),
            publish.entryName("Collector.dll"),
            "setup.exe");
    assertThat(accepted.files())
        .filteredOn(f -> f.role() == HostedFileRole.DEPLOYMENT_MANIFEST)
        .extracting(HostedFile::path)
        .containsExactly("Collector.application");
    for (HostedFile file : accepted.files()) {
      assertThat(cut.blobs().exists(file.sha256())).as(file.path()).isTrue();
      assertThat(cut.blobs().size(file.sha256())).isEqualTo(file.size());
    }
    assertThat(cut.blobs().exists(accepted.sha256())).as("the zip itself").isTrue();
    try (var left = Files.list(data.resolve("uploads"))) {
      assertThat(left).as("the extracted tree is gone").isEmpty();
    }
  }

  @Test
  void aFailedUploadLeavesTheBlobsAConcurrentUploadSharesInPlace() throws Exception {
    byte[] first = PublishFixture.of("4.2.0.17").zip();
    PublishFixture second = PublishFixture.of("4.2.0.18"); // the same Collector.dll, say
    AtomicReference<AcceptedPackage> concurrent = new AtomicReference<>();
    AtomicReference<PackageStorage> self = new AtomicReference<>();
    AtomicBoolean failed = new AtomicBoolean();
    PackageStorage cut =
        storage(
            blobs ->
                intercepting(
                    blobs,
                    (method, args) -> {
                      // The first zip stored (2 arguments: no expected hash) is the first upload's:
                      // while it is written, the second upload finds the shared files stored.
                      if (method.getName().equals("put")
                          && args.length == 2
                          && failed.compareAndSet(false, true)) {
                        concurrent.set(
                            self.get()
                                .accept(
                                    new ByteArrayInputStream(second.zip()),
                                    ProductKind.APP,
                                    "collector",
                                    "4.2.0.18"));
                        throw new BlobStoreException("the blob store is down", null);
                      }
                    }));
    self.set(cut);

    assertThatThrownBy(
            () ->
                cut.accept(
                    new ByteArrayInputStream(first), ProductKind.APP, "collector", "4.2.0.17"))
        .isInstanceOf(BlobStoreException.class);

    assertThat(concurrent.get().files()).isNotEmpty();
    for (HostedFile file : concurrent.get().files()) {
      assertThat(cut.blobs().exists(file.sha256())).as(file.path()).isTrue();
    }
  }

  @Test
  void aRefusedPublishNamesTheFieldAndStoresNothing() throws Exception {
    PackageStorage cut = storage(Optional.empty(), "unused");
    byte[] corrupt = PublishFixture.of("4.2.0.18").corrupt("Collector.dll").zip();
    byte[] slip = PublishFixture.of("4.2.0.18").entry("../evil.dll", new byte[] {1}).zip();

    assertThatThrownBy(
            () ->
                cut.accept(
                    new ByteArrayInputStream(corrupt), ProductKind.APP, "collector", "4.2.0.18"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("file.hash"));
    assertThatThrownBy(
            () ->
                cut.accept(
                    new ByteArrayInputStream(slip), ProductKind.APP, "collector", "4.2.0.18"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("package"));
    assertThatThrownBy(
            () ->
                cut.accept(
                    new ByteArrayInputStream(PublishFixture.of("4.2.0.19").zip()),
                    ProductKind.APP,
                    "collector",
                    "4.2.0.18"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("deploymentManifest.version"));
    try (var stored = Files.walk(data.resolve("blobs"))) {
      assertThat(stored.filter(Files::isRegularFile)).isEmpty();
    } catch (java.nio.file.NoSuchFileException none) {
      // nothing was ever stored
    }
    try (var left = Files.list(data.resolve("uploads"))) {
      assertThat(left).isEmpty();
    }
  }

  /** {@code blobs}, with {@code before} called ahead of every call (and free to throw). */
  private static BlobStore intercepting(BlobStore blobs, BiConsumer<Method, Object[]> before) {
    return (BlobStore)
        Proxy.newProxyInstance(
            BlobStore.class.getClassLoader(),
            new Class<?>[] {BlobStore.class},
            (proxy, method, args) -> {
              before.accept(method, args);
              try {
                return method.invoke(blobs, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private PackageStorage storage(UnaryOperator<BlobStore> wrap) throws Exception {
    return storage(Optional.empty(), "unused", wrap);
  }

  private PackageStorage storage(Optional<String> connection, String container) throws Exception {
    return storage(connection, container, UnaryOperator.identity());
  }

  private PackageStorage storage(
      Optional<String> connection, String container, UnaryOperator<BlobStore> wrap)
      throws Exception {
    PackageStorage storage =
        new PackageStorage() {
          @Override
          BlobStore openBlobs(Path root) {
            return wrap.apply(super.openBlobs(root));
          }
        };
    DataDirectory directory = new DataDirectory();
    Field setting = DataDirectory.class.getDeclaredField("directory");
    setting.setAccessible(true);
    setting.set(directory, data.toString());
    storage.dataDirectory = directory;
    storage.maxPackageMegabytes = 1;
    storage.azureConnectionString = connection;
    storage.azureEndpoint = Optional.empty();
    storage.azureClientId = Optional.empty();
    storage.azureContainer = container;
    storage.open();
    return storage;
  }

  private static InputStream plugin() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("collector-plugin.json"));
      zip.write("{\"id\":\"ocr\",\"version\":\"1.2.0\"}".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("lib/ocr.dll"));
      zip.write(Files.readAllBytes(Path.of("pom.xml")));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
