package com.collector.portal.installrequests.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The wizard's answers, step by step; any part may be missing while the request is a draft. Kept on
 * the request as JSON ({@code AnswersJson}) and checked by {@code AnswerChecks}.
 *
 * @param customer step 1: an existing customer's id, or a new customer's details
 * @param environment step 2: the machine, the source systems (plugins) and the network
 * @param extraction step 3: which data, how often, where it goes
 * @param subscription step 4: the plan, for a customer without a subscription
 * @param scheduling step 5: when and how the installation takes place
 */
public record RequestAnswers(
    CustomerStep customer,
    EnvironmentStep environment,
    ExtractionStep extraction,
    SubscriptionStep subscription,
    SchedulingStep scheduling) {

  public static final RequestAnswers NONE = new RequestAnswers(null, null, null, null, null);

  /** A postal address; {@code country} is the ISO 3166 alpha-2 code. */
  public record Address(String street, String postalCode, String city, String country) {}

  /** A person to talk to. */
  public record Contact(String name, String email, String phone) {}

  /**
   * Either {@code id} (an existing customer) or the other fields (a customer to create). {@code
   * partnerId} names the partner the customer belongs to: vendor staff name it (a new customer is
   * created under it), a partner's users may leave it out (their own organization).
   */
  public record CustomerStep(
      Long id, String name, String vatNumber, Address address, Contact contact, Long partnerId) {

    public CustomerStep(Long id, String name, String vatNumber, Address address, Contact contact) {
      this(id, name, vatNumber, address, contact, null);
    }

    public boolean isExisting() {
      return id != null;
    }
  }

  /**
   * One source system to extract from.
   *
   * @param id the plugin's id, one the plan allows
   * @param version the source system's version
   * @param databaseServer host (and instance) of the source's database, for database plugins
   * @param database the database's name
   * @param companyCodes the companies (administrations) to extract
   */
  public record PluginAnswers(
      String id,
      String version,
      String databaseServer,
      String database,
      List<String> companyCodes) {}

  /** The proxy the Collector goes through, if any. */
  public record Proxy(String url, String username, List<String> bypass) {}

  /** Step 2. {@code windowsVersion} is one of {@code WindowsVersions}. */
  public record EnvironmentStep(
      String machineName,
      String windowsVersion,
      Boolean dotNetInstalled,
      List<PluginAnswers> plugins,
      Proxy proxy) {}

  /**
   * When extractions run: {@code DAILY}, {@code WEEKLY} (on {@code dayOfWeek}, MON…SUN) or {@code
   * MONTHLY} (on {@code dayOfMonth}, 1–28), at {@code time} (HH:mm) in {@code timeZone}.
   */
  public record Schedule(
      String frequency, String time, String dayOfWeek, Integer dayOfMonth, String timeZone) {}

  /** Where extracted data goes: {@code kind} folder, sftp or https, and its location. */
  public record Export(String kind, String location) {}

  /** Step 3. */
  public record ExtractionStep(
      List<String> datasets, String fromPeriod, Schedule schedule, Export export) {}

  /** Step 4: the catalog plan to order. */
  public record SubscriptionStep(Long planId) {}

  /** Step 5. {@code mode} is {@code ON_SITE} or {@code REMOTE}. */
  public record SchedulingStep(List<LocalDate> preferredDates, String mode, Contact contact) {}
}
