package nb

import (
	"fmt"
	"os"
	"time"

	"github.com/janpfeifer/gonb/gonbui"
)

// SyncTimeout bounds how long a display waits for GoNB to acknowledge it.
// GoNB reads displays from a pipe of their own, and a display still in that
// pipe when the program ends, or panics, can be lost; so every display calls
// gonbui.Sync, which waits for GoNB's acknowledgement. GoNB v0.11.5 has no
// timeout there: an acknowledgement that never comes would hang the cell
// until the runner's cell timeout (seen once in hundreds of runs). After
// SyncTimeout the display goes on and says so on stderr, so a notebook
// finishes, and the message in its output makes the event visible.
var SyncTimeout = 30 * time.Second

// syncDisplays waits until GoNB has taken every display sent so far, or
// SyncTimeout. Outside a notebook gonbui.Sync returns at once.
func syncDisplays() {
	done := make(chan struct{})
	go func() {
		gonbui.Sync()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(SyncTimeout):
		fmt.Fprintf(os.Stderr, "nb: GoNB did not acknowledge a display within %v; going on\n", SyncTimeout)
	}
}
