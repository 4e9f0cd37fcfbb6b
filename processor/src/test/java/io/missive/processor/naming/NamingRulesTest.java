package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.model.MessageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The naming rules against a table of names: for each kind and name, the ids of the findings with
 * their suggestions ({@code id=Suggestion}, {@code -} for none), or {@code none}.
 */
class NamingRulesTest {

  private static final NamingRules DEFAULT = new NamingRules(NamingOptions.defaults());

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # Events: regular and irregular past participles
      EVENT   | OrderPlaced                | none
      EVENT   | OrderShipped               | none
      EVENT   | OrderCreated               | none
      EVENT   | OrderCancelled             | none
      EVENT   | OrderCanceled              | none
      EVENT   | PaymentReceived            | none
      EVENT   | PaymentRefunded            | none
      EVENT   | CustomerRegistered         | none
      EVENT   | AccountLocked              | none
      EVENT   | EmailVerified              | none
      EVENT   | ItemAddedToCart            | none
      EVENT   | InvoiceSent                | none
      EVENT   | InvoicePaid                | none
      EVENT   | HouseBuilt                 | none
      EVENT   | RaceBegun                  | none
      EVENT   | ClaimWithdrawn             | none
      EVENT   | PasswordReset              | none
      EVENT   | PriceSet                   | none
      EVENT   | BudgetCut                  | none
      EVENT   | MessageRead                | none
      EVENT   | BannerShown                | none
      EVENT   | TicketSold                 | none
      EVENT   | GoodsBought                | none
      EVENT   | ParcelLost                 | none
      EVENT   | MatchWon                   | none
      EVENT   | TaskDone                   | none
      EVENT   | MemberLeft                 | none
      EVENT   | ThreadWritten              | none
      EVENT   | SeatTaken                  | none
      EVENT   | PlanChosen                 | none
      EVENT   | KeyStolen                  | none
      EVENT   | SubscriptionRenewed        | none
      EVENT   | RideBegun                  | none
      EVENT   | DocumentSigned             | none
      # Events: phrasal verbs (participle + particle)
      EVENT   | UserSignedUp               | none
      EVENT   | UserLoggedIn               | none
      EVENT   | UserLoggedOut              | none
      EVENT   | CartCheckedOut             | none
      EVENT   | ServerShutDown             | none
      EVENT   | OrderPickedUp              | none
      EVENT   | DataBackedUp               | none
      EVENT   | TransactionRolledBack      | none
      EVENT   | UserOptedIn                | none
      EVENT   | UserOptedOut               | none
      EVENT   | GuestCheckedIn             | none
      # Events: acronyms and digits
      EVENT   | PDFGenerated               | none
      EVENT   | OAuth2TokenIssued          | none
      EVENT   | S3ObjectStored             | none
      EVENT   | APIKeyRevoked              | none
      EVENT   | URLsExpired                | none
      EVENT   | V2OrderPlaced              | none
      EVENT   | SMSDelivered               | none
      EVENT   | Mfa2FAEnabled              | none
      # Events: gerunds, nouns and base verbs are no past fact
      EVENT   | OrderPlacing               | MissiveEventTense=OrderPlaced
      EVENT   | PaymentProcessing          | MissiveEventTense=PaymentProcessed
      EVENT   | OrderShipping              | MissiveEventTense=OrderShipped
      EVENT   | OrderCreation              | MissiveEventTense=OrderCreated
      EVENT   | Shipment                   | MissiveEventTense=Shipped
      EVENT   | OrderShipment              | MissiveEventTense=OrderShipped
      EVENT   | UserRegistration           | MissiveEventTense=UserRegistered
      EVENT   | AccountDeletion            | MissiveEventTense=AccountDeleted
      EVENT   | PaymentRefund              | MissiveEventTense=PaymentRefunded
      EVENT   | OrderUpdate                | MissiveEventTense=OrderUpdated
      EVENT   | OrderCancel                | MissiveEventTense=OrderCancelled
      # Events named like commands (cross-kind advice, irregular forms right)
      EVENT   | CreateOrder                | MissiveEventTense=OrderCreated
      EVENT   | PlaceOrder                 | MissiveEventTense=OrderPlaced
      EVENT   | SendInvoice                | MissiveEventTense=InvoiceSent
      EVENT   | CancelOrder                | MissiveEventTense=OrderCancelled
      EVENT   | ResetPassword              | MissiveEventTense=PasswordReset
      EVENT   | WithdrawClaim              | MissiveEventTense=ClaimWithdrawn
      EVENT   | PayInvoice                 | MissiveEventTense=InvoicePaid
      EVENT   | BuildHouse                 | MissiveEventTense=HouseBuilt
      EVENT   | CheckOutCart               | MissiveEventTense=CartCheckedOut
      EVENT   | SignUpUser                 | MissiveEventTense=UserSignedUp
      EVENT   | LoginUser                  | MissiveEventTense=UserLoggedIn
      EVENT   | LogInUser                  | MissiveEventTense=UserLoggedIn
      EVENT   | ShipOrder                  | MissiveEventTense=OrderShipped
      EVENT   | ChargeCard                 | MissiveEventTense=CardCharged
      # Events: simple past instead of participle; nouns and adjectives ending in -ed
      EVENT   | ClaimWithdrew              | MissiveEventTense=ClaimWithdrawn
      EVENT   | RaceBegan                  | MissiveEventTense=RaceBegun
      EVENT   | EmailWrote                 | MissiveEventTense=EmailWritten
      EVENT   | OrderFeed                  | MissiveEventTense=OrderFed
      EVENT   | CustomerNeed               | MissiveEventTense=CustomerNeeded
      EVENT   | ColorRed                   | MissiveEventTense=-
      EVENT   | StockBreed                 | MissiveEventTense=StockBred
      EVENT   | OrderStatus                | MissiveEventTense=-
      EVENT   | UserLogin                  | MissiveEventTense=UserLoggedIn
      EVENT   | CartCheckout               | MissiveEventTense=CartCheckedOut
      EVENT   | AccountSetup               | MissiveEventTense=AccountSetUp
      # Events: technical names (warning) and redundant suffixes
      EVENT   | RowInserted                | MissiveTechnicalEvent=-
      EVENT   | CacheInvalidated           | MissiveTechnicalEvent=-
      EVENT   | DatabaseUpdated            | MissiveTechnicalEvent=-
      EVENT   | QueueFlushed               | MissiveTechnicalEvent=-
      EVENT   | TableTruncated             | MissiveTechnicalEvent=-
      EVENT   | EntityPersisted            | MissiveTechnicalEvent=-
      EVENT   | RecordSaved                | MissiveTechnicalEvent=-
      EVENT   | CustomerRowDeleted         | MissiveTechnicalEvent=-
      EVENT   | DbRecordUpdated            | MissiveTechnicalEvent=-
      EVENT   | IndexRebuilt               | MissiveTechnicalEvent=-
      EVENT   | ColumnDropped              | MissiveTechnicalEvent=-
      EVENT   | EntitiesDeleted            | MissiveTechnicalEvent=-
      EVENT   | CacheEntryEvicted          | MissiveTechnicalEvent=-
      EVENT   | OrderPlacedEvent           | MissiveRedundantSuffix=OrderPlaced
      EVENT   | PaymentReceivedEvent       | MissiveRedundantSuffix=PaymentReceived
      EVENT   | CreateOrderEvent           | MissiveRedundantSuffix=CreateOrder; MissiveEventTense=OrderCreated
      # Events: verbs WordNet lacks, unknown -ed words, odd spellings
      EVENT   | UserOnboarded              | none
      EVENT   | OrderUpserted              | none
      EVENT   | ArticleUnpublished         | none
      EVENT   | EmailUnverified            | none
      EVENT   | OrderFrobnicated           | none
      EVENT   | OrderUnpaid                | none
      EVENT   | orderPlaced                | none
      EVENT   | Order_Placed               | none
      EVENT   | 123                        | MissiveEventTense=-
      EVENT   | Placed                     | none
      EVENT   | Create                     | MissiveEventTense=Created
      EVENT   | SignUp                     | MissiveEventTense=SignedUp
      # Commands: a base verb first (also phrasal, compound and extra verbs)
      COMMAND | PlaceOrder                 | none
      COMMAND | CreateOrder                | none
      COMMAND | ResetPassword              | none
      COMMAND | CheckOutCart               | none
      COMMAND | SignUpUser                 | none
      COMMAND | LogInUser                  | none
      COMMAND | CancelOrder                | none
      COMMAND | SendInvoice                | none
      COMMAND | ShipOrder                  | none
      COMMAND | BookFlight                 | none
      COMMAND | RefundPayment              | none
      COMMAND | ApproveLoan                | none
      COMMAND | WithdrawClaim              | none
      COMMAND | BuildReport                | none
      COMMAND | MarkOrderPaid              | none
      COMMAND | MarkAsPaid                 | none
      COMMAND | UpsertCustomer             | none
      COMMAND | OnboardUser                | none
      COMMAND | LoginUser                  | none
      COMMAND | CheckoutCart               | none
      COMMAND | SetupAccount               | none
      COMMAND | BackUpDatabase             | none
      COMMAND | GenerateInvoicePDF         | none
      COMMAND | IssueOAuth2Token           | none
      COMMAND | RotateAPIKeys              | none
      # Commands: a query verb first reads as a query
      COMMAND | GetOrder                   | MissiveCommandVerb=-
      COMMAND | FindCustomer               | MissiveCommandVerb=-
      COMMAND | ListOrders                 | MissiveCommandVerb=-
      # Commands named like events get the imperative
      COMMAND | OrderCreated               | MissiveCommandVerb=CreateOrder
      COMMAND | OrderPlaced                | MissiveCommandVerb=PlaceOrder
      COMMAND | PasswordReset              | MissiveCommandVerb=ResetPassword
      COMMAND | InvoiceSent                | MissiveCommandVerb=SendInvoice
      COMMAND | CartCheckedOut             | MissiveCommandVerb=CheckOutCart
      COMMAND | UserSignedUp               | MissiveCommandVerb=SignUpUser
      COMMAND | ClaimWithdrawn             | MissiveCommandVerb=WithdrawClaim
      COMMAND | PaymentRefunded            | MissiveCommandVerb=RefundPayment
      # Commands: nouns and gerunds first
      COMMAND | Shipment                   | MissiveCommandVerb=-
      COMMAND | OrderShipment              | none
      COMMAND | UserRegistration           | MissiveCommandVerb=RegisterUser
      COMMAND | PlacingOrder               | MissiveCommandVerb=PlaceOrder
      COMMAND | CreatingOrder              | MissiveCommandVerb=CreateOrder
      COMMAND | PlacedOrder                | MissiveCommandVerb=PlaceOrder
      COMMAND | SentInvoice                | MissiveCommandVerb=SendInvoice
      COMMAND | PaymentRefund              | MissiveCommandVerb=RefundPayment
      COMMAND | CustomerDetails            | MissiveCommandVerb=-
      # Commands: redundant suffix, unknown verbs, odd spellings
      COMMAND | PlaceOrderCommand          | MissiveRedundantSuffix=PlaceOrder
      COMMAND | CreateCustomerCommand      | MissiveRedundantSuffix=CreateCustomer
      COMMAND | UpsertCustomerCommand      | MissiveRedundantSuffix=UpsertCustomer
      COMMAND | FrobnicateWidget           | MissiveCommandVerb=-
      COMMAND | placeOrder                 | none
      COMMAND | OrderCreatedCommand        | MissiveRedundantSuffix=OrderCreated; MissiveCommandVerb=CreateOrder
      COMMAND | StartShipping              | none
      COMMAND | EnableBilling              | none
      # Queries: a configured prefix first
      QUERY   | GetOrder                   | none
      QUERY   | FindCustomer               | none
      QUERY   | ListOrders                 | none
      QUERY   | GetOrderStatus             | none
      QUERY   | FindOrdersByCustomer       | none
      QUERY   | ListPendingOrders          | none
      # Queries: a state-changing verb first
      QUERY   | CreateOrder                | MissiveQueryChangesState=-
      QUERY   | UpdateOrder                | MissiveQueryChangesState=-
      QUERY   | DeleteCustomer             | MissiveQueryChangesState=-
      QUERY   | CancelOrder                | MissiveQueryChangesState=-
      QUERY   | SendInvoice                | MissiveQueryChangesState=-
      QUERY   | ResetPassword              | MissiveQueryChangesState=-
      # Queries without a prefix get one
      QUERY   | OrderStatus                | MissiveQueryPrefix=GetOrderStatus
      QUERY   | CustomerOrders             | MissiveQueryPrefix=GetCustomerOrders
      QUERY   | AccountBalance             | MissiveQueryPrefix=GetAccountBalance
      QUERY   | StockLevel                 | MissiveQueryPrefix=GetStockLevel
      QUERY   | PendingOrders              | MissiveQueryPrefix=GetPendingOrders
      QUERY   | FetchOrder                 | MissiveQueryReadVerb=GetOrder
      QUERY   | SearchOrders               | MissiveQueryReadVerb=FindOrders
      QUERY   | RetrieveInvoice            | MissiveQueryReadVerb=GetInvoice
      QUERY   | CountOrders                | MissiveQueryReadVerb=GetOrdersCount
      QUERY   | LookUpCustomer             | MissiveQueryReadVerb=FindCustomer
      QUERY   | IsEmailTaken               | MissiveQueryReadVerb=-
      QUERY   | HasPermission              | MissiveQueryReadVerb=-
      QUERY   | GetOrderQuery              | MissiveRedundantSuffix=GetOrder
      QUERY   | OrderStatusQuery           | MissiveRedundantSuffix=OrderStatus; MissiveQueryPrefix=GetOrderStatus
      QUERY   | CustomerQuery              | MissiveRedundantSuffix=Customer; MissiveQueryPrefix=GetCustomer
      QUERY   | getOrder                   | none
      QUERY   | InvoiceLines               | MissiveQueryPrefix=GetInvoiceLines
      QUERY   | OrderHistory               | MissiveQueryPrefix=GetOrderHistory
      QUERY   | CheckAvailability          | MissiveQueryReadVerb=GetAvailability
      QUERY   | ShippedOrders              | MissiveQueryPrefix=GetShippedOrders
      QUERY   | Get                        | none
      QUERY   | Query                      | MissiveQueryPrefix=-
      # Events: a participle followed by a prepositional phrase, and more everyday names
      EVENT   | UserAssignedToTeam         | none
      EVENT   | PaymentDeclinedByBank      | none
      EVENT   | FundsTransferredToAccount  | none
      EVENT   | OrderMovedToWarehouse      | none
      EVENT   | ItemAddToCart              | MissiveEventTense=ItemAddedToCart
      EVENT   | EmailBounced               | none
      EVENT   | CardExpired                | none
      EVENT   | LoanApproved               | none
      EVENT   | ShipmentDelayed            | none
      EVENT   | AppointmentRescheduled     | none
      EVENT   | OrderDispatched            | none
      EVENT   | TicketEscalated            | none
      EVENT   | PolicyRenewed              | none
      EVENT   | DeliveryAttempted          | none
      EVENT   | ProductDiscontinued        | none
      EVENT   | StockReplenished           | none
      EVENT   | ApplicationSubmitted       | none
      EVENT   | ReservationConfirmed       | none
      EVENT   | TaskAssigned               | none
      EVENT   | CourseCompleted            | none
      EVENT   | RefundIssued               | none
      EVENT   | InvoiceOverdue             | MissiveEventTense=-
      EVENT   | PaymentFailed              | none
      EVENT   | CustomerUpdated            | none
      EVENT   | AccountClosed              | none
      EVENT   | PasswordChanged            | none
      EVENT   | SessionExpired             | none
      EVENT   | FileUploaded               | none
      EVENT   | ReportRead                 | none
      EVENT   | OrderFound                 | none
      EVENT   | UserMet                    | none
      EVENT   | OrderBroken                | none
      EVENT   | OrderLaid                  | none
      # Events: a reversing or repeating prefix and a verb's participle (review item 18)
      EVENT   | ItemUnlisted               | none
      EVENT   | DeviceUnpaired             | none
      EVENT   | DocumentUnshared           | none
      EVENT   | TodoUnchecked              | none
      EVENT   | SeatUnbooked               | none
      EVENT   | TaskUnscheduled            | none
      EVENT   | ItemUnselected             | none
      EVENT   | MessageUnstarred           | none
      EVENT   | CategoryUnmapped           | none
      EVENT   | PostUnhidden               | none
      EVENT   | FlightRebooked             | none
      EVENT   | LoanPreapproved            | none
      EVENT   | RoomOverbooked             | none
      EVENT   | ParcelMislabeled           | none
      EVENT   | UserDeregistered           | none
      EVENT   | MessageUnread              | none
      EVENT   | UserAnonymized             | none
      EVENT   | UnlistItem                 | MissiveEventTense=ItemUnlisted
      EVENT   | RebookFlight               | MissiveEventTense=FlightRebooked
      EVENT   | ItemUnlisting              | MissiveEventTense=ItemUnlisted
      EVENT   | GiftPresent                | MissiveEventTense=PresentGifted
      EVENT   | ResourceAllocation         | MissiveEventTense=ResourceAllocated
      # Commands: prefixed verbs, verbs in -ize, nouns used as verbs (review item 19)
      COMMAND | UninstallApp               | none
      COMMAND | UnpauseSubscription        | none
      COMMAND | RebookFlight               | none
      COMMAND | BookmarkArticle            | none
      COMMAND | FavoriteProduct            | none
      COMMAND | PreapproveLoan             | none
      COMMAND | BackfillOrders             | none
      COMMAND | ResyncInventory            | none
      COMMAND | AnonymizeUser              | none
      COMMAND | UnlikePost                 | none
      COMMAND | UnlistItem                 | none
      COMMAND | DeregisterDevice           | none
      COMMAND | PseudonymiseCustomer       | none
      COMMAND | ItemUnlisted               | MissiveCommandVerb=UnlistItem
      COMMAND | FlightRebooked             | MissiveCommandVerb=RebookFlight
      COMMAND | AppInstalled               | MissiveCommandVerb=InstallApp
      COMMAND | StudentEnrolled            | MissiveCommandVerb=EnrollStudent
      COMMAND | UnlistingItem              | MissiveCommandVerb=UnlistItem
      COMMAND | ResourceAllocation         | MissiveCommandVerb=AllocateResource
      COMMAND | OverviewReport             | MissiveCommandVerb=ReportOverview
      COMMAND | EnterpriseCustomers        | MissiveCommandVerb=-
      COMMAND | MissingPayment             | MissiveCommandVerb=MissPayment
      # Queries: verbs that may only read get the query-prefix advice (review item 20)
      QUERY   | ValidateAddress            | MissiveQueryPrefix=GetAddressValidation
      QUERY   | CompareProducts            | MissiveQueryPrefix=GetProductComparisons
      QUERY   | ConvertCurrency            | MissiveQueryPrefix=GetCurrencyConversion
      QUERY   | SuggestProducts            | MissiveQueryPrefix=GetProductSuggestions
      QUERY   | RecommendProducts          | MissiveQueryPrefix=GetProductRecommendations
      QUERY   | PredictChurn               | MissiveQueryPrefix=GetChurnPrediction
      QUERY   | SimulateLoan               | MissiveQueryPrefix=GetLoanSimulation
      QUERY   | MonitorOrders              | MissiveQueryPrefix=GetOrderMonitoring
      QUERY   | TrackShipment              | MissiveQueryPrefix=GetShipmentTracking
      QUERY   | VerifyEmail                | MissiveQueryPrefix=GetEmailVerification
      QUERY   | ValidateAddresses          | MissiveQueryPrefix=GetAddressValidations
      QUERY   | ConvertCurrencyToEuro      | MissiveQueryPrefix=GetCurrencyConversionToEuro
      QUERY   | RecommendCategories        | MissiveQueryPrefix=GetCategoriesRecommendation
      QUERY   | RunReport                  | MissiveQueryPrefix=GetRunReport
      QUERY   | OpenOrders                 | MissiveQueryPrefix=GetOpenOrders
      QUERY   | RefundStatus               | MissiveQueryPrefix=GetRefundStatus
      QUERY   | FavoriteProducts           | MissiveQueryPrefix=GetFavoriteProducts
      QUERY   | CheckoutSummary            | MissiveQueryPrefix=GetCheckoutSummary
      QUERY   | LookupCustomer             | MissiveQueryReadVerb=FindCustomer
      QUERY   | RefetchOrder               | MissiveQueryReadVerb=GetOrder
      QUERY   | CheckOutCart               | MissiveQueryChangesState=-
      QUERY   | UnlistItem                 | MissiveQueryChangesState=-
      QUERY   | ResendInvoice              | MissiveQueryChangesState=-
      QUERY   | OverwriteFile              | MissiveQueryChangesState=-
      QUERY   | ChangePassword             | MissiveQueryChangesState=-
      QUERY   | ApplyCoupon                | MissiveQueryChangesState=-
      # Versions are no words of the name (review item 21)
      EVENT   | OrderPlacedV2              | none
      EVENT   | OrderPlaced_v2             | none
      EVENT   | OrderPlacedV10             | none
      EVENT   | OrderPlacedV2_1            | none
      EVENT   | OrderPlacedV1beta1         | none
      EVENT   | PlaceOrderV2               | MissiveEventTense=OrderPlacedV2
      EVENT   | OrderPlacedEventV2         | MissiveRedundantSuffix=OrderPlacedV2
      EVENT   | OrderPlacedV2Event         | MissiveRedundantSuffix=OrderPlacedV2
      EVENT   | RowInsertedV2              | MissiveTechnicalEvent=-
      COMMAND | PlaceOrderV2               | none
      COMMAND | OrderPlacedV2              | MissiveCommandVerb=PlaceOrderV2
      COMMAND | PlaceOrderV2Command        | MissiveRedundantSuffix=PlaceOrderV2
      QUERY   | GetOrderV2                 | none
      QUERY   | OrderStatusV2              | MissiveQueryPrefix=GetOrderStatusV2
      QUERY   | FetchOrder_v3              | MissiveQueryReadVerb=GetOrder_v3
      # Technical events: only a technical subject right before the storage verb (review item 22)
      EVENT   | MedicalRecordUpdated       | none
      EVENT   | DebtCollectionCreated      | none
      EVENT   | TopicCreated               | none
      EVENT   | CustomerDataUpdated        | none
      EVENT   | FieldChanged               | none
      EVENT   | CartItemRemoved            | none
      EVENT   | CacheKeyExpired            | MissiveTechnicalEvent=-
      EVENT   | QueueMessagesPurged        | MissiveTechnicalEvent=-
      EVENT   | TableRowsDeleted           | MissiveTechnicalEvent=-
      EVENT   | DatabaseCustomerUpdated    | none
      """)
  void judgesNames(MessageKind kind, String name, String expected) {
    List<Diagnostic> findings = DEFAULT.check(kind, name);
    String actual =
        findings.isEmpty()
            ? "none"
            : findings.stream()
                .map(f -> f.id().id() + "=" + (f.suggestion() == null ? "-" : f.suggestion()))
                .collect(Collectors.joining("; "));
    assertThat(actual).isEqualTo(expected);
    for (Diagnostic finding : findings) {
      assertWellFormed(finding);
    }
  }

  /**
   * The patterns real projects use (see {@code NamingCorpusTest}), each with names of both verdicts,
   * and the severity of each finding: {@code severity id=Suggestion}, or {@code none}.
   */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # A past form and its object or phrase, with or without a subject; a past form spelled like its base is doubtful
      EVENT   | CustomerChangedAddress             | none
      EVENT   | MemberLeftGroup                    | none
      EVENT   | PostedToForum                      | none
      EVENT   | AddedToCart                        | none
      EVENT   | GaveFeedback                       | none
      EVENT   | UserJoinedTeam                     | none
      EVENT   | DriverAcceptedRide                 | none
      EVENT   | BuyerPaidInvoice                   | none
      EVENT   | PatientMissedAppointment           | none
      EVENT   | TeamWonMatch                       | none
      EVENT   | HeroKilledDragon                   | none
      EVENT   | HeroFoundItem                      | none
      EVENT   | UserForgotPassword                 | none
      EVENT   | CourierPickedUpParcel              | none
      EVENT   | StudentTookExam                    | none
      EVENT   | SentReminder                       | none
      EVENT   | ChoseShippingMethod                | none
      EVENT   | UserReadMessage                    | warning MissiveEventTense=UserMessageRead
      EVENT   | OrderSetPrice                      | warning MissiveEventTense=OrderPriceSet
      EVENT   | PlacedOrder                        | error MissiveEventTense=-
      EVENT   | ResetPassword                      | error MissiveEventTense=PasswordReset
      EVENT   | ClaimWithdrew                      | error MissiveEventTense=ClaimWithdrawn
      EVENT   | CreateOrder                        | error MissiveEventTense=OrderCreated
      COMMAND | AccountCreated                     | error MissiveCommandVerb=CreateAccount
      EVENT   | CreateAccount                      | error MissiveEventTense=AccountCreated
      COMMAND | HeroKilledDragon                   | error MissiveCommandVerb=KillDragon
      COMMAND | CustomerChangedAddress             | error MissiveCommandVerb=ChangeAddress
      COMMAND | MemberLeftGroup                    | error MissiveCommandVerb=LeaveGroup
      COMMAND | GaveFeedback                       | error MissiveCommandVerb=GiveFeedback
      COMMAND | AddedToCart                        | error MissiveCommandVerb=AddToCart
      COMMAND | PostedToForum                      | error MissiveCommandVerb=PostToForum
      # Prepositions of several words start the phrase; a suggestion never moves them
      EVENT   | OrderFailedDueToTimeout            | none
      EVENT   | PaymentFailedBecauseOfFraud        | none
      EVENT   | ShipmentDelayedOwingToWeather      | none
      EVENT   | OrderPlacedOnBehalfOfCustomer      | none
      EVENT   | FlightCancelledBecauseOfStrike     | none
      EVENT   | InvoiceIssuedPriorToDelivery       | none
      EVENT   | SeatReleasedAheadOfSchedule        | none
      EVENT   | PaymentRefundedAsPartOfSettlement  | none
      EVENT   | FailDueToTimeout                   | error MissiveEventTense=-
      EVENT   | CancelOrderDueToFraud              | error MissiveEventTense=OrderCancelledDueToFraud
      EVENT   | OrderCancelDueToFraud              | error MissiveEventTense=OrderCancelledDueToFraud
      EVENT   | CancelFlightBecauseOfStrike        | error MissiveEventTense=FlightCancelledBecauseOfStrike
      COMMAND | CancelOrderDueToFraud              | none
      COMMAND | OrderCancelledDueToFraud           | error MissiveCommandVerb=CancelOrderDueToFraud
      # State statements: was, were, has + participle pass; a present state or a state adjective warns
      EVENT   | ProductWasOutOfStock               | none
      EVENT   | DeadlineHasPassed                  | none
      EVENT   | TodoWasPosted                      | none
      EVENT   | UserWasRegisteredAgain             | none
      EVENT   | LimitWasExceeded                   | none
      EVENT   | OrdersWereShipped                  | none
      EVENT   | AccountHasBeenLocked               | none
      EVENT   | TimeHasPassed                      | none
      EVENT   | StockIsLow                         | warning MissiveEventTense=-
      EVENT   | CartIsEmpty                        | warning MissiveEventTense=-
      EVENT   | ItemsAreAvailable                  | warning MissiveEventTense=-
      EVENT   | UserHasAccess                      | warning MissiveEventTense=-
      EVENT   | OrderReadyForDelivery              | warning MissiveEventTense=-
      EVENT   | CalculationComplete                | warning MissiveEventTense=-
      EVENT   | SeatAvailable                      | warning MissiveEventTense=-
      # Verbs WordNet lacks, modifiers and prefixes written as words; verbs that take a clause
      COMMAND | IncrementCounter                   | none
      COMMAND | DecrementStock                     | none
      COMMAND | AutoRenewSubscription              | none
      COMMAND | PrefillForm                        | none
      COMMAND | ReindexCatalog                     | none
      COMMAND | AutoApproveLoan                    | none
      COMMAND | ForceDeleteUser                    | none
      COMMAND | SoftDeleteAccount                  | none
      COMMAND | BulkImportProducts                 | none
      COMMAND | ReIndexCatalog                     | none
      COMMAND | PreApproveLoan                     | none
      COMMAND | UnPublishArticle                   | none
      COMMAND | NotifyOrderShipped                 | none
      COMMAND | PublishOrderPlaced                 | none
      COMMAND | AlertOverdrawn                     | none
      COMMAND | CounterIncremented                 | error MissiveCommandVerb=IncrementCounter
      COMMAND | SubscriptionAutoRenewed            | error MissiveCommandVerb=AutoRenewSubscription
      COMMAND | AutoRenewal                        | error MissiveCommandVerb=AutoRenew
      COMMAND | VoyageCreate                       | warning MissiveCommandVerb=CreateVoyage
      COMMAND | OrderCancel                        | warning MissiveCommandVerb=CancelOrder
      EVENT   | CounterIncremented                 | none
      EVENT   | StockDecremented                   | none
      EVENT   | SubscriptionAutoRenewed            | none
      EVENT   | CatalogReindexed                   | none
      EVENT   | IncrementCounter                   | error MissiveEventTense=CounterIncremented
      EVENT   | DecrementStock                     | error MissiveEventTense=StockDecremented
      EVENT   | AutoRenewSubscription              | error MissiveEventTense=SubscriptionAutoRenewed
      # Read-only query verbs other than Get, Find, List warn with the conventional name; state changes stay errors
      QUERY   | FetchInvoices                      | warning MissiveQueryReadVerb=GetInvoices
      QUERY   | SearchProducts                     | warning MissiveQueryReadVerb=FindProducts
      QUERY   | CountOrders                        | warning MissiveQueryReadVerb=GetOrdersCount
      QUERY   | RetrieveCart                       | warning MissiveQueryReadVerb=GetCart
      QUERY   | LookUpCustomer                     | warning MissiveQueryReadVerb=FindCustomer
      QUERY   | IsEmailInUse                       | warning MissiveQueryReadVerb=-
      QUERY   | HasOpenOrders                      | warning MissiveQueryReadVerb=-
      QUERY   | CheckStockLevel                    | warning MissiveQueryReadVerb=GetStockLevel
      QUERY   | LoadProfile                        | warning MissiveQueryReadVerb=GetProfile
      QUERY   | BrowseCatalog                      | warning MissiveQueryReadVerb=ListCatalog
      QUERY   | ShowInvoice                        | warning MissiveQueryReadVerb=GetInvoice
      QUERY   | QueryOrders                        | warning MissiveQueryReadVerb=FindOrders
      QUERY   | GetInvoices                        | none
      QUERY   | FindProducts                       | none
      QUERY   | Query                              | error MissiveQueryPrefix=-
      QUERY   | CreateInvoice                      | error MissiveQueryChangesState=-
      QUERY   | DeleteCart                         | error MissiveQueryChangesState=-
      QUERY   | SubmitForm                         | error MissiveQueryChangesState=-
      QUERY   | ApproveLoan                        | error MissiveQueryChangesState=-
      # Technical events only where the subject can only be storage, or the whole name is a storage operation
      EVENT   | TableCreated                       | none
      EVENT   | RepositoryCreated                  | none
      EVENT   | LegalEntityRemoved                 | none
      EVENT   | BucketEmptied                      | none
      EVENT   | SchemaPublished                    | none
      EVENT   | TableReserved                      | none
      EVENT   | RepositoryArchived                 | none
      EVENT   | SchemaDeleted                      | none
      EVENT   | BucketCreated                      | none
      EVENT   | PokerTableCreated                  | none
      EVENT   | RecordDeleted                      | warning MissiveTechnicalEvent=-
      EVENT   | CacheEntryEvicted                  | warning MissiveTechnicalEvent=-
      EVENT   | IndexRebuilt                       | warning MissiveTechnicalEvent=-
      EVENT   | TableTruncated                     | warning MissiveTechnicalEvent=-
      EVENT   | EntityPersisted                    | warning MissiveTechnicalEvent=-
      EVENT   | SchemaMigrated                     | warning MissiveTechnicalEvent=-
      EVENT   | RecordsPurged                      | warning MissiveTechnicalEvent=-
      EVENT   | FilesystemCleared                  | warning MissiveTechnicalEvent=-
      EVENT   | PriceIndexUpdated                  | warning MissiveTechnicalEvent=-
      # Misspellings the lexicon would accept
      EVENT   | OrderPayed                         | warning MissiveSpelling=OrderPaid
      EVENT   | EggLayed                           | warning MissiveSpelling=EggLaid
      EVENT   | ServerShutted                      | warning MissiveSpelling=ServerShut
      EVENT   | AppTransfered                      | warning MissiveSpelling=AppTransferred
      EVENT   | PaymentRecieved                    | warning MissiveSpelling=PaymentReceived
      EVENT   | OrderPaid                          | none
      EVENT   | EggLaid                            | none
      EVENT   | ServerShut                         | none
      COMMAND | MarkFeeAsPayed                     | warning MissiveSpelling=MarkFeeAsPaid
      COMMAND | MarkFeeAsPaid                      | none
      """)
  void judgesThePatternsOfRealNames(MessageKind kind, String name, String expected) {
    List<Diagnostic> findings = DEFAULT.check(kind, name);
    String actual =
        findings.isEmpty()
            ? "none"
            : findings.stream()
                .map(
                    f ->
                        f.severity().name().toLowerCase(java.util.Locale.ROOT)
                            + " "
                            + f.id().id()
                            + "="
                            + (f.suggestion() == null ? "-" : f.suggestion()))
                .collect(Collectors.joining("; "));
    assertThat(actual).isEqualTo(expected);
    for (Diagnostic finding : findings) {
      assertWellFormed(finding);
      assertMadeOfRealWords(name, finding.suggestion());
    }
  }

  /**
   * A suggestion is made of the name's own words (or their singular or plural), query prefixes,
   * particles, and words the lexicon knows as verb forms or action nouns: never an invented word.
   */
  static void assertMadeOfRealWords(String name, String suggestion) {
    if (suggestion == null) {
      return;
    }
    Lexicon lexicon = DEFAULT.lexicon();
    Set<String> own = new java.util.HashSet<>();
    for (String word : Words.split(name)) {
      String w = Words.lower(word);
      own.add(w);
      String singular = Inflection.singular(w);
      if (singular != null) {
        own.add(Words.lower(singular));
      }
      own.add(Words.lower(Inflection.plural(w)));
    }
    for (String word : Words.split(suggestion)) {
      // Digits stay with the word before them ("Get123" for a query named "123").
      String w = Words.lower(word);
      if (!own.contains(w) && w.matches(".*[a-z][0-9]+")) {
        String digits = w.replaceAll("^.*?([0-9]+)$", "$1");
        assertThat(own).as("digits of '%s' in '%s'", word, suggestion).contains(digits);
        w = w.substring(0, w.length() - digits.length());
      }
      String singular = Inflection.singular(w);
      boolean real =
          own.contains(w)
              || Set.of("get", "find", "list").contains(w)
              || Lexicon.isParticle(w)
              || lexicon.isBaseVerb(w)
              || lexicon.isPastParticiple(w)
              || lexicon.isGerund(w)
              || lexicon.verbOfNoun(w).isPresent()
              || (singular != null && lexicon.verbOfNoun(Words.lower(singular)).isPresent())
              || w.matches("v[0-9].*|_v[0-9]+|[0-9]+");
      assertThat(real).as("'%s' in the suggestion '%s' for '%s'", word, suggestion, name).isTrue();
    }
  }

  @Test
  void theSuggestionsTheIssueSawAreGone() {
    Map<String, String> before =
        Map.of(
            "MemberLeftGroup", "MemberLeftGrouped",
            "CustomerChangedAddress", "CustomerChangedAddrest",
            "ProductWasOutOfStock", "ProductWasOutedOfStock",
            "MeetingAttendeeChangedDecision", "MeetingAttendeeChangedDecided",
            "AddedToCart", "AddedToCarted",
            "GaveFeedback", "GaveFedBack",
            "TransferFailedDueToInsufficientFunds", "FailedDueTransferredToInsufficientFunds",
            "OrderFailedDueToTimeout", "OrderFailedDueToTimedOut",
            "ShipmentDelayedOwingToWeather", "ShipmentDelayedOwedToWeather");
    for (Map.Entry<String, String> e : before.entrySet()) {
      List<Diagnostic> findings = DEFAULT.check(MessageKind.EVENT, e.getKey());
      assertThat(findings).as(e.getKey()).isEmpty();
    }
    // The table regenerated from WordNet has no archaic form to offer.
    assertThat(DEFAULT.lexicon().pastParticipleOf("address")).contains("addressed");
    assertThat(DEFAULT.lexicon().pastParticipleOf("bless")).contains("blessed");
  }

  @Test
  void everySuggestionOfTheTablesAndTheCorpusIsMadeOfRealWords() throws Exception {
    List<String[]> names = new ArrayList<>();
    for (String method : List.of("judgesNames", "judgesThePatternsOfRealNames")) {
      CsvSource source =
          NamingRulesTest.class
              .getDeclaredMethod(method, MessageKind.class, String.class, String.class)
              .getAnnotation(CsvSource.class);
      source.textBlock().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> names.add(l.split("\\|")));
    }
    for (NamingCorpusTest.Entry e : NamingCorpusTest.corpus()) {
      names.add(new String[] {e.kind().name(), e.name()});
    }
    int suggestions = 0;
    for (String[] row : names) {
      String name = row[1].strip();
      // Every kind, also the wrong one: the rules suggest names across kinds too.
      for (MessageKind kind : MessageKind.values()) {
        for (Diagnostic finding : DEFAULT.check(kind, name)) {
          if (finding.suggestion() != null) {
            suggestions++;
            assertMadeOfRealWords(name, finding.suggestion());
          }
        }
      }
    }
    assertThat(suggestions).isGreaterThan(1000);
  }

  static void assertWellFormed(Diagnostic finding) {
    DiagnosticId rule = DiagnosticId.byRuleName(finding.id().ruleName().get()).orElseThrow();
    assertThat(finding.id().id()).isEqualTo(rule.id());
    assertThat(finding.message()).startsWith("[" + finding.id().id() + "] ");
    assertThat(finding.severity()).isNotEqualTo(Severity.OFF);
    if (finding.suggestion() != null) {
      assertThat(finding.message()).contains("'" + finding.suggestion() + "'");
    }
    assertThat(finding.message()).contains(";").matches("(?s).*[.?]").doesNotContain("null");
  }

  /** The findings as a build with {@code options} reports them: the rules, then the severity policy. */
  private static List<Diagnostic> check(Map<String, String> options, MessageKind kind, String name) {
    NamingRules rules = new NamingRules(NamingOptions.from(options));
    return SeverityPolicy.from(options).apply(rules.check(kind, name), site -> Set.of());
  }

  @Test
  void theTableCoversAtLeast150NamesOfEachKind() throws Exception {
    CsvSource source =
        NamingRulesTest.class
            .getDeclaredMethod("judgesNames", MessageKind.class, String.class, String.class)
            .getAnnotation(CsvSource.class);
    List<String> rows =
        source.textBlock().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    for (MessageKind kind : MessageKind.values()) {
      assertThat(rows).filteredOn(r -> r.startsWith(kind.name())).hasSizeGreaterThanOrEqualTo(25);
    }
  }

  @Test
  void anEventNamedLikeACommandReadsAsACommand() {
    Diagnostic finding = single(DEFAULT.check(MessageKind.EVENT, "CreateOrder"));
    assertThat(finding.id().ruleName().get()).isEqualTo("event-tense");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.message())
        .isEqualTo(
            "[MissiveEventTense] Event name 'CreateOrder' reads as a command, not a past fact; events"
                + " record what already happened, so name it with a past participle: did you mean"
                + " 'OrderCreated'?");
    assertThat(finding.suggestion()).isEqualTo("OrderCreated");
  }

  @Test
  void messagesSayWhatWhyAndWhatInstead() {
    assertThat(single(DEFAULT.check(MessageKind.COMMAND, "OrderCreated")).message())
        .contains("reads as an event", "commands ask for something to be done", "'CreateOrder'");
    assertThat(single(DEFAULT.check(MessageKind.COMMAND, "GetOrder")).message())
        .contains("reads as a query", "@Query");
    assertThat(single(DEFAULT.check(MessageKind.QUERY, "UpdateOrder")).message())
        .contains("changes state", "queries must not change state", "@Command");
    assertThat(single(DEFAULT.check(MessageKind.QUERY, "OrderStatus")).message())
        .contains("query prefix (Get, Find, List)", "'GetOrderStatus'", "-Amissive.naming.queryPrefixes");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "RowInserted")).message())
        .contains("storage operation", "name the business reason the data changed");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "OrderPlacedEvent")).message())
        .contains("'OrderPlacedEventEvent'", "'OrderPlaced'");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "OrderFeed")).message())
        .contains("'Feed', a verb in its base form", "'OrderFed'");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "ColorRed")).message())
        .contains("ends in -ed but is not a past participle");
    assertThat(single(DEFAULT.check(MessageKind.COMMAND, "FrobnicateWidget")).message())
        .contains("-Amissive.naming.verbs");
    assertThat(single(DEFAULT.check(MessageKind.QUERY, "ValidateAddress")).message())
        .contains(
            "starts with the verb 'Validate' instead of a query prefix",
            "name it after what it returns",
            "'GetAddressValidation'",
            "If it changes state, make it a @Command");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "OrderPlacedEventV2")).message())
        .contains("ends in 'Event' before its version 'V2'", "'OrderPlacedV2'");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "PlaceOrderV2")).message())
        .contains("Event name 'PlaceOrderV2'", "'OrderPlacedV2'");
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "CacheEntryEvicted")).message())
        .contains("('Cache' + 'Evicted')");
  }

  @Test
  void messagesNameTheOptionWhereTheLexiconMayNotKnowAWord() {
    // A word WordNet knows only as an adjective, one it does not know, and one ending in -ed.
    for (String name : List.of("InvoiceOverdue", "OrderFrobnicate", "ColorRed")) {
      assertThat(single(DEFAULT.check(MessageKind.EVENT, name)).message())
          .as(name)
          .contains("list it in -Amissive.naming.pastParticiples");
    }
    // Also when there is a suggestion: the first word may be a verb the lexicon lacks.
    Diagnostic withSuggestion = single(DEFAULT.check(MessageKind.COMMAND, "UserRegistration"));
    assertThat(withSuggestion.suggestion()).isEqualTo("RegisterUser");
    assertThat(withSuggestion.message()).contains("'User' is a verb the lexicon does not know", "-Amissive.naming.verbs");
  }

  @Test
  void aQueryThatMayOnlyReadIsSilencedWithTheQueryPrefixRule() {
    Map<String, String> off = Map.of("missive.naming.queryPrefix", "off");
    for (String name :
        List.of(
            "ValidateAddress", "CompareProducts", "ConvertCurrency", "SuggestProducts", "RecommendProducts",
            "PredictChurn", "SimulateLoan", "MonitorOrders", "TrackShipment")) {
      assertThat(check(off, MessageKind.QUERY, name)).as(name).isEmpty();
    }
    assertThat(single(check(off, MessageKind.QUERY, "CancelOrder")).id().id()).isEqualTo("MissiveQueryChangesState");
  }

  @Test
  void pluralObjectsBecomeSingularModifiers() {
    assertThat(Inflection.singular("Products")).isEqualTo("Product");
    assertThat(Inflection.singular("Addresses")).isEqualTo("Address");
    assertThat(Inflection.singular("Batches")).isEqualTo("Batch");
    assertThat(Inflection.singular("Caches")).isEqualTo("Cache");
    assertThat(Inflection.singular("URLs")).isEqualTo("URL");
    for (String notPlural : List.of("Address", "Status", "Analytics", "Categories", "Movies", "Sizes", "Bus", "Os")) {
      assertThat(Inflection.singular(notPlural)).as(notPlural).isNull();
    }
    assertThat(Inflection.plural("validation")).isEqualTo("validations");
    assertThat(Inflection.plural("analysis")).isEqualTo("analyses");
    assertThat(Inflection.plural("delivery")).isEqualTo("deliveries");
    assertThat(Inflection.plural("tracking")).isEqualTo("tracking");
  }

  @Test
  void defaultSeveritiesAreErrorsForTenseVerbAndPrefixAndWarningsOtherwise() {
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "OrderPlacing")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(DEFAULT.check(MessageKind.COMMAND, "OrderPlaced")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(DEFAULT.check(MessageKind.QUERY, "OrderStatus")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(DEFAULT.check(MessageKind.QUERY, "CreateOrder")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(DEFAULT.check(MessageKind.EVENT, "RowInserted")).severity()).isEqualTo(Severity.WARNING);
    assertThat(single(DEFAULT.check(MessageKind.COMMAND, "PlaceOrderCommand")).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void rulesThatAreOffReportNothingAndWarningsCanBeErrors() {
    Map<String, String> options =
        Map.of(
            "missive.naming.eventTense", "off",
            "missive.naming.technicalEvent", "error",
            "missive.naming.redundantSuffix", "off");
    assertThat(check(options, MessageKind.EVENT, "CreateOrder")).isEmpty();
    assertThat(check(options, MessageKind.EVENT, "OrderPlacedEvent")).isEmpty();
    assertThat(single(check(options, MessageKind.EVENT, "RowInserted")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(check(options, MessageKind.COMMAND, "OrderCreated")).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aDoubtfulCaseOfAnErrorIdIsAWarningUntilTheOptionsSayOtherwise() {
    assertThat(single(check(Map.of(), MessageKind.EVENT, "StockIsLow")).severity()).isEqualTo(Severity.WARNING);
    assertThat(single(check(Map.of(), MessageKind.COMMAND, "OrderCancel")).severity()).isEqualTo(Severity.WARNING);
    Map<String, String> strict = Map.of("missive.naming.eventTense", "error", "missive.naming.commandVerb", "error");
    assertThat(single(check(strict, MessageKind.EVENT, "StockIsLow")).severity()).isEqualTo(Severity.ERROR);
    assertThat(single(check(strict, MessageKind.COMMAND, "OrderCancel")).severity()).isEqualTo(Severity.ERROR);
    assertThat(check(Map.of("missive.naming.eventTense", "off"), MessageKind.EVENT, "StockIsLow")).isEmpty();
    // The new warnings have their own rules, set like any other.
    assertThat(check(Map.of("missive.naming.queryReadVerb", "off"), MessageKind.QUERY, "FetchInvoices")).isEmpty();
    assertThat(single(check(Map.of("missive.naming.spelling", "error"), MessageKind.EVENT, "OrderPayed")).severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void oneOptionSetsAllRules() {
    Map<String, String> warnings = Map.of("missive.naming", "warning");
    assertThat(single(check(warnings, MessageKind.EVENT, "CreateOrder")).severity()).isEqualTo(Severity.WARNING);
    Map<String, String> off = Map.of("missive.naming", "off", "missive.naming.queryPrefix", "error");
    assertThat(check(off, MessageKind.EVENT, "CreateOrder")).isEmpty();
    assertThat(single(check(off, MessageKind.QUERY, "OrderStatus")).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void extraQueryPrefixesAreAccepted() {
    NamingRules rules =
        new NamingRules(NamingOptions.from(Map.of("missive.naming.queryPrefixes", "Search, is,Has , Count")));
    assertThat(rules.check(MessageKind.QUERY, "SearchOrders")).isEmpty();
    assertThat(rules.check(MessageKind.QUERY, "IsEmailTaken")).isEmpty();
    assertThat(rules.check(MessageKind.QUERY, "HasPermission")).isEmpty();
    assertThat(rules.check(MessageKind.QUERY, "CountOrders")).isEmpty();
    assertThat(single(rules.check(MessageKind.COMMAND, "SearchOrders")).message()).contains("reads as a query");
    assertThat(single(rules.check(MessageKind.QUERY, "OrderStatus")).message())
        .contains("(Get, Find, List, Search, Is, Has, Count)");
  }

  @Test
  void extraVerbsAndParticiplesAreAccepted() {
    NamingRules rules =
        new NamingRules(
            NamingOptions.from(
                Map.of(
                    "missive.naming.verbs", "frobnicate, yeet:yote",
                    "missive.naming.pastParticiples", "overdue")));
    assertThat(rules.check(MessageKind.COMMAND, "FrobnicateWidget")).isEmpty();
    assertThat(rules.check(MessageKind.EVENT, "WidgetFrobnicated")).isEmpty();
    assertThat(rules.check(MessageKind.EVENT, "BallYote")).isEmpty();
    assertThat(single(rules.check(MessageKind.EVENT, "YeetBall")).suggestion()).isEqualTo("BallYote");
    assertThat(single(rules.check(MessageKind.COMMAND, "WidgetFrobnicated")).suggestion())
        .isEqualTo("FrobnicateWidget");
    assertThat(rules.check(MessageKind.EVENT, "InvoiceOverdue")).isEmpty();
    assertThat(DEFAULT.check(MessageKind.EVENT, "InvoiceOverdue")).hasSize(1);
  }

  @Test
  void extraTechnicalWordsAreFlagged() {
    NamingRules rules =
        new NamingRules(
            NamingOptions.from(
                Map.of(
                    "missive.naming.technicalSubjects", "Aggregate",
                    "missive.naming.storageVerbs", "hydrate")));
    assertThat(single(rules.check(MessageKind.EVENT, "AggregateSaved")).id().id()).isEqualTo("MissiveTechnicalEvent");
    assertThat(single(rules.check(MessageKind.EVENT, "CacheHydrated")).id().id()).isEqualTo("MissiveTechnicalEvent");
    assertThat(DEFAULT.check(MessageKind.EVENT, "AggregateSaved")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void neverThrowsOnAnyString(MessageKind kind) {
    List<String> odd =
        new ArrayList<>(
            List.of(
                "", "_", "___", "$", "0", "123", "a", "A", "ed", "Ed", "ING", "Up", "UpUp", "ToTo",
                "lowercase", "ALLCAPS", "Créée", "注文", "\uD83D\uDE00", "a\uD800", "Event", "Command",
                "Query", "EventEvent", "QueryQuery", "CommandCommand", "GetGet", "In", "InTo", "ToCart",
                "Placed", "Place", "Placing", "X1Y2Z3", "__Order__Placed__", "p=", "@index", " ", "\n",
                // A capital whose lowercase is longer: the İ of "ValidateİV" lowercases to two chars.
                "ValidateİV", "ValidateAİS"));
    Random random = new Random(42);
    String alphabet = "aAbBeEdDiInNgG_0$éÜ注 ";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(14); j > 0; j--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      odd.add(sb.toString());
    }
    for (String name : odd) {
      List<Diagnostic> findings = DEFAULT.check(kind, name);
      assertThat(findings).as(name).isNotNull();
      findings.forEach(NamingRulesTest::assertWellFormed);
    }
    assertThat(DEFAULT.check(kind, null)).isEmpty();
    assertThat(DEFAULT.check(null, "OrderPlaced")).isEmpty();
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String> names = List.of("CreateOrder", "OrderPlaced", "PlaceOrder", "OrderStatus", "RowInserted", "UserSignUp");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (int i = 0; i < 200; i++) {
                    for (String name : names) {
                      DEFAULT.check(MessageKind.EVENT, name).forEach(f -> out.add(f.message()));
                    }
                  }
                  return out;
                }));
      }
      List<String> first = results.get(0).get();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Diagnostic single(List<Diagnostic> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }
}
