package com.collector.portal.configuration.control;

import com.collector.portal.configuration.control.Layers.Layer;
import com.collector.portal.configuration.entity.ConfigurationDefaults;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reading and writing an installation's revisions: the head (locked by writers, so they take
 * turns), the defaults inherited from above, and a new revision — its secrets sealed, its effective
 * document computed over the defaults and checked against the schema before anything is stored.
 */
@ApplicationScoped
public class Revisions {

  /** What stands for a secret while the schema checks a document. */
  static final String SECRET_STAND_IN = "********";

  private static final ConfigurationSchema SCHEMA = ConfigurationSchema.standard();

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SecretSealing sealing;
  @Inject Clock clock;

  public ConfigurationSchema schema() {
    return SCHEMA;
  }

  /** The installation's head, locked until the transaction ends; made at the first write. */
  public ConfigurationHead lockedHead(Installation installation) {
    store.lock("configuration:" + installation.id());
    return store
        .findOptional(ConfigurationHead.class, installation.id())
        .orElseGet(() -> store.add(new ConfigurationHead(installation, clock.instant())));
  }

  /** The head as it is, or an unsaved one at revision 0 when nothing was ever written. */
  public ConfigurationHead head(Installation installation) {
    return store
        .findOptional(ConfigurationHead.class, installation.id())
        .orElseGet(() -> new ConfigurationHead(installation, clock.instant()));
  }

  /** Revision {@code number}, or empty; revision 0 is the empty document before the first. */
  public Optional<ConfigurationRevision> revision(Installation installation, int number) {
    if (number == 0) {
      JsonObject empty = JsonValue.EMPTY_JSON_OBJECT;
      return Optional.of(
          new ConfigurationRevision(
              installation, 0, empty, empty, RevisionSource.INITIAL, "-", null, Instant.EPOCH));
    }
    return store.single(
        ConfigurationRevision.class,
        "e.installationId = :installation AND e.number = :number",
        Map.of("installation", installation.id(), "number", number));
  }

  /**
   * The defaults above the installation, from the top down (partner, then customer); read as the
   * system: a customer's people and Collectors may use their partner's defaults without seeing the
   * partner's other rows.
   */
  public List<Layer> inherited(Installation installation) {
    String path = installation.ownerPath();
    return current.runAs(
        TenantScope.system("configuration-defaults"),
        () ->
            store
                .list(
                    ConfigurationDefaults.class,
                    "e.ownerPath IN :paths",
                    Map.of("paths", ancestry(path)),
                    "e.ownerPath")
                .stream()
                .sorted(Comparator.comparingInt(d -> d.ownerPath().length()))
                .map(d -> new Layer(layerName(d), d.document(), d.locked()))
                .toList());
  }

  /** "/1/5/9/" → "/1/", "/1/5/", "/1/5/9/": the paths of an organization and those above it. */
  static List<String> ancestry(String path) {
    List<String> paths = new ArrayList<>();
    for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
      paths.add(path.substring(0, end + 1));
    }
    return paths;
  }

  /** "partner:12", "customer:34": which level's defaults, for people and clients alike. */
  private String layerName(ConfigurationDefaults defaults) {
    Organization organization = store.find(Organization.class, defaults.organizationId());
    return organization.kind().name().toLowerCase(Locale.ROOT) + ":" + organization.id();
  }

  /** The effective configuration of {@code own} settings under the inherited defaults. */
  public Layers.Effective effective(Installation installation, JsonObject own) {
    List<Layer> layers = new ArrayList<>(inherited(installation));
    layers.add(new Layer("installation", own, Set.of()));
    return Layers.of(layers);
  }

  /**
   * Stores the next revision with {@code own} as the installation's settings: plain-text secrets
   * get sealed, the effective document must pass the schema (400 naming each path otherwise).
   */
  public ConfigurationRevision write(
      Installation installation,
      ConfigurationHead head,
      Map<String, JsonValue> own,
      Authorship by) {
    SortedMap<String, JsonValue> sealedOwn = sealPlainSecrets(installation.customer(), own);
    JsonObject document = Leaves.document(sealedOwn);
    JsonObject effective = effective(installation, document).document();
    SCHEMA.requireValid(standIns(effective));
    int number = head.advance(clock.instant());
    return store.add(
        new ConfigurationRevision(
                installation,
                number,
                document,
                effective,
                by.source(),
                by.author(),
                by.comment(),
                clock.instant())
            .revertingTo(by.revertedTo()));
  }

  /** {@code leaves} with every plain secret sealed under {@code owner}'s data key. */
  public SortedMap<String, JsonValue> sealPlainSecrets(
      Organization owner, Map<String, JsonValue> leaves) {
    SortedMap<String, JsonValue> sealed = new TreeMap<>(leaves);
    sealed.replaceAll(
        (path, value) ->
            value.getValueType() == JsonValue.ValueType.STRING && SCHEMA.isSecret(path)
                ? sealing.seal(owner, path, ((JsonString) value).getString())
                : value);
    return sealed;
  }

  /**
   * Refuses what people or Collectors may not send: sealed values (only the portal makes them) and,
   * unless {@code maskedAllowed}, masked ones; a masked value only where the schema has a secret.
   */
  public void requireInput(Map<String, JsonValue> leaves, boolean maskedAllowed) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    leaves.forEach(
        (path, value) -> {
          if (SecretValues.isSealed(value)) {
            errors.add(new InvalidInputException.FieldError(path, "is a sealed value"));
          } else if (SecretValues.isMasked(value) && (!maskedAllowed || !SCHEMA.isSecret(path))) {
            errors.add(
                new InvalidInputException.FieldError(path, "needs a value, not a secret's mask"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** {@code document} with sealed secrets opened: for the installation itself only. */
  public JsonObject opened(JsonObject document) {
    SortedMap<String, JsonValue> leaves = Leaves.of(document);
    leaves.replaceAll(
        (path, value) -> SecretValues.isSealed(value) ? sealing.open(path, value) : value);
    return Leaves.document(leaves);
  }

  /** {@code document} as people see it: each secret only as "set, changed on …". */
  public static JsonObject masked(JsonObject document) {
    SortedMap<String, JsonValue> leaves = Leaves.of(document);
    leaves.replaceAll(
        (path, value) -> SecretValues.isSealed(value) ? SecretValues.masked(value) : value);
    return Leaves.document(leaves);
  }

  /** {@code document} with a stand-in string for each secret, for the schema's check. */
  public static JsonObject standIns(JsonObject document) {
    SortedMap<String, JsonValue> leaves = Leaves.of(document);
    leaves.replaceAll(
        (path, value) ->
            SecretValues.isSealed(value) || SecretValues.isMasked(value)
                ? Leaves.JSON.createValue(SECRET_STAND_IN)
                : value);
    return Leaves.document(leaves);
  }
}
