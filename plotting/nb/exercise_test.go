package nb

import (
	"testing"

	"github.com/stockbond/sbcorr/exercise"
	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestExercise(t *testing.T) {
	Exercise(exercise.New("sum").Number("1+1", 2, 2, 0)) // correct: no panic
	errtest.Panics(t, "wrong answer", func() {
		Exercise(exercise.New("sum").Number("1+1", 0, 2, 0).Hint("add them"))
	}, "exercise: Check \"sum\": 1 of 1 checks are wrong:\n- 1+1: got 0, expected about 2")
}
