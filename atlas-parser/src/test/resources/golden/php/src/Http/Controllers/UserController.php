<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\User;
use App\Services\{Mailer, Audit\AuditLog as Log};
use Illuminate\Http\Request, Illuminate\Http\JsonResponse;
use function App\Support\{format_name, slugify};
use function array_map;
use const App\Support\MAX_PAGE_SIZE;

/**
 * Handles the user pages.
 *
 * @package App\Http\Controllers
 */
#[Controller(prefix: '/users'), \App\Attributes\Middleware('auth')]
abstract class UserController extends BaseController implements \JsonSerializable, HasRoutes
{
    use RendersViews, Paginates {
        Paginates::page insteadof RendersViews;
    }

    /** Default page size. */
    public const PAGE_SIZE = 20;
    private const CACHE_KEY = 'users', CACHE_TTL = 60;

    protected static ?self $instance = null;
    private array $cache = [], $seen;
    var $legacy;

    public function __construct(
        private readonly UserRepository $users,
        protected ?Mailer $mailer = null,
        int $retries = 3,
    ) {
        parent::__construct();
        $this->log = new Log('users', $retries);
    }

    /**
     * Lists users, one page at a time.
     */
    #[Route('GET', '/')]
    public function index(Request $request): JsonResponse
    {
        $page = (int) $request->query('page', 1);
        $users = $this->users->paginate($page, min(self::PAGE_SIZE, MAX_PAGE_SIZE));
        $names = array_map(fn (User $u): string => format_name($u), $users->items());

        return JsonResponse::fromArray(['names' => $names])
            ->withHeader('X-Total', (string) $users->total());
    }

    public static function instance(): static
    {
        return static::$instance ??= new static(UserRepository::default());
    }

    protected function notify(User|Admin $user, string ...$lines): void
    {
        try {
            $this->mailer?->send($user->email, \implode("\n", $lines));
        } catch (MailException|\RuntimeException $e) {
            Log::error($e->getMessage());
        }
        if ($user instanceof Admin) {
            self::audit($user);
        }
    }

    private static function audit(User $user): bool
    {
        $handler = function (string $msg) use ($user) {
            return \App\Support\log_line($user->id, $msg);
        };
        return $handler(slugify($user->name));
    }

    abstract protected function routes(): iterable;

    public function jsonSerialize(): mixed
    {
        return ['count' => count($this->cache)];
    }
}
