"""A server the site can do without for a while (a cache, a search engine): after a failure
it is not tried again for `retry_after` seconds, so readers do not each wait for a timeout;
then the next call tries it again, and the site resumes using it by itself. One log line
when it goes (however many calls fail while it is down), one when it comes back.

The state is this process's: each worker finds out for itself, with one failed call.
"""

import logging
import time


class Breaker:
    def __init__(self, logger: logging.Logger, down: str, back: str, retry_after: float):
        """`down` is logged (as an error) with the error that showed it, at the first failure
        of an outage; `back` (a warning) when a call succeeds again."""
        self.logger = logger
        self.down_message = down
        self.back_message = back
        self.retry_after = retry_after
        self._down_until = 0.0  # 0: up; else down, tried again from this monotonic time

    def is_down(self) -> bool:
        """Known to be down (whether or not it is time to try it again)."""
        return bool(self._down_until)

    def is_open(self) -> bool:
        """Down, and not to be tried before `retry_after` has passed."""
        return bool(self._down_until) and time.monotonic() < self._down_until

    def failed(self, error: BaseException) -> bool:
        """A call failed: not tried again for `retry_after`. True at the first failure of an
        outage (the one logged)."""
        first = not self._down_until
        if first:
            self.logger.error(self.down_message, error)
        self._down_until = time.monotonic() + self.retry_after
        return first

    def succeeded(self) -> bool:
        """A call succeeded. True when the server was down until now (it is logged)."""
        if not self._down_until:
            return False
        self._down_until = 0.0
        self.logger.warning(self.back_message)
        return True

    def reset(self) -> None:
        """Forget any outage, without a log line (a new connection, a test)."""
        self._down_until = 0.0
