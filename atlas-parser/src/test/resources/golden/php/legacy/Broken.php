<?php
// A file with a syntax error in the middle: what comes before and after must still be found.

namespace Legacy;

class Before
{
    public function ok(): int
    {
        return helper(1);
    }
}

function broken($a {
    $x = ;
    if ($a) {
        return [1, 2;
}

class After extends Before
{
    public function stillFound(): void
    {
        $this->ok();
    }
}

function tail_function(): void
{
    (new After())->stillFound();
}
