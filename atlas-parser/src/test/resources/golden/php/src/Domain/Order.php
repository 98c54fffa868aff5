<?php
namespace App\Domain;

use App\Domain\Contracts\{HasTotal, Identifiable};
use DateTimeImmutable as Clock;

const DEFAULT_CURRENCY = 'EUR';
define('ORDER_MAX_LINES', 100);

/**
 * Something that can be priced.
 */
interface Priceable extends HasTotal, \Countable
{
    const PRECISION = 2;

    public function total(): Money;
}

/** Adds timestamps to an entity. */
trait Timestamps
{
    protected ?Clock $createdAt = null;

    public function touch(): void
    {
        $this->createdAt = new Clock('now');
    }
}

enum Status: string implements \JsonSerializable
{
    case Draft = 'draft';
    case Paid = 'paid';
    #[Deprecated]
    case Cancelled = 'cancelled';

    public const DEFAULT = self::Draft;

    public function label(): string
    {
        return match ($this) {
            self::Draft => 'Draft',
            default => ucfirst($this->value),
        };
    }

    public function jsonSerialize(): string { return $this->label(); }
}

abstract class Entity implements Identifiable
{
    abstract public function id(): string;
}

class Order extends Entity implements Priceable
{
    use Timestamps;

    /** @var list<Line> */
    private array $lines = [];

    public function __construct(private string $id, public Status $status = Status::Draft)
    {
    }

    public function id(): string
    {
        return $this->id;
    }

    public function add(Line ...$lines): static
    {
        foreach ($lines as $line) {
            if (\count($this->lines) >= ORDER_MAX_LINES) {
                throw new \OverflowException('too many lines');
            }
            $this->lines[] = $line;
        }
        return $this;
    }

    public function total(): Money
    {
        return array_reduce(
            $this->lines,
            static fn (Money $sum, Line $l): Money => $sum->plus($l->price()),
            Money::zero(DEFAULT_CURRENCY),
        );
    }

    public function count(): int { return \count($this->lines); }
}

function order_total(Order&Priceable $order, (Countable&Traversable)|null $extra = null): Money
{
    $factory = new class(DEFAULT_CURRENCY) extends MoneyFactory {
        public function make(int $cents): Money { return new Money($cents, $this->currency); }
    };
    return $order->total()->plus($factory->make(0));
}
