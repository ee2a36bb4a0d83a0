package bond

import "math"

// Risk holds the yield sensitivities of a bond at one yield, all computed
// from the dirty price.
type Risk struct {
	Price     float64 // dirty price per unit of face
	Macaulay  float64 // Macaulay duration in years: sum t_k PV_k / P
	Modified  float64 // modified duration in years: Macaulay / (1 + y/Freq) = -(1/P) dP/dy
	Convexity float64 // (1/P) d2P/dy2 = sum t_k (t_k + 1/Freq) PV_k / (P (1+y/Freq)^2), years squared
	DV01      float64 // price fall per unit of face for a one-basis-point rise: Modified * P * 0.0001
}

// Risk returns the price, Macaulay and modified duration, convexity and DV01
// of b at yield y (decimal, Freq compounding periods a year). The formulas
// are the textbook ones (e.g. Fabozzi, Bond Markets, ch. 4); for a zero-coupon
// bond the Macaulay duration equals the maturity. Errors as DirtyPrice.
func (b Bond) Risk(y float64) (Risk, error) {
	if err := b.validate(y); err != nil {
		nan := math.NaN()
		return Risk{nan, nan, nan, nan, nan}, err
	}
	p, s1, s2 := b.moments(y)
	g := 1 + y/float64(b.Freq)
	mac := s1 / p
	mod := mac / g
	return Risk{
		Price:     p,
		Macaulay:  mac,
		Modified:  mod,
		Convexity: s2 / (p * g * g),
		DV01:      mod * p * 1e-4,
	}, nil
}

// ModifiedDuration returns -(1/P) dP/dy of b at yield y, in years. It is the
// sensitivity S(t) used by ApproxReturns. Errors as DirtyPrice.
func (b Bond) ModifiedDuration(y float64) (float64, error) {
	r, err := b.Risk(y)
	return r.Modified, err
}

// PriceChange compares the exact relative price change of a bond when its
// yield moves from y to y+dy with its Taylor approximations. All fields are
// decimals of the starting dirty price.
type PriceChange struct {
	Exact             float64 // P(y+dy)/P(y) - 1
	Duration          float64 // -Modified * dy
	DurationConvexity float64 // -Modified * dy + Convexity * dy^2 / 2
}

// PriceChange returns the exact relative change of the dirty price of b when
// the yield moves from y to y+dy, beside the duration and the
// duration-plus-convexity approximations. Errors as DirtyPrice, for either
// yield.
func (b Bond) PriceChange(y, dy float64) (PriceChange, error) {
	r, err := b.Risk(y)
	if err != nil {
		return PriceChange{math.NaN(), math.NaN(), math.NaN()}, err
	}
	p1, err := b.DirtyPrice(y + dy)
	if err != nil {
		return PriceChange{math.NaN(), math.NaN(), math.NaN()}, err
	}
	d := -r.Modified * dy
	return PriceChange{
		Exact:             p1/r.Price - 1,
		Duration:          d,
		DurationConvexity: d + 0.5*r.Convexity*dy*dy,
	}, nil
}
