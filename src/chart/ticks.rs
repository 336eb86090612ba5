//! "Nice" tick values: 1, 2 or 5 × 10ⁿ steps for linear axes, powers of ten for log axes.

use super::scale::power_of_ten;

/// About `target` evenly spaced round values (1, 2 or 5 × 10ⁿ apart) inside `min..=max`; when
/// `min` and `max` are the same, that value alone.
pub fn linear_ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || target == 0 {
        return Vec::new();
    }
    let (low, high) = if min <= max { (min, max) } else { (max, min) };
    let span = high - low;
    if span <= 0.0 {
        // One value: itself (a step sized from the value alone could step right over it).
        return vec![clean(low)];
    }
    let raw = span / target as f64;
    let magnitude = power_of_ten(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    // A little slack so that 0.35 / 0.05 = 6.9999… still counts as 7.
    let first = (low / step - 1e-9).ceil() as i64;
    let last = (high / step + 1e-9).floor() as i64;
    (first..=last).map(|i| clean(i as f64 * step)).collect()
}

/// The powers of ten from 10^low to 10^high, thinned to at most `target` + 1; none above 10^308,
/// the largest an f64 holds.
pub fn log_ticks(low_power: f64, high_power: f64, target: usize) -> Vec<f64> {
    let high_power = high_power.min(f64::from(f64::MAX_10_EXP));
    let (low, high) = (low_power.round() as i32, high_power.round() as i32);
    let every = ((high.saturating_sub(low).max(0) as usize).div_ceil(target.max(1))).max(1);
    (low..=high).step_by(every).map(|p| 10f64.powi(p)).collect()
}

/// Removes floating-point noise: 0.30000000000000004 → 0.3. A value too large to scale by 1e9
/// (above about 1.8e299) has no such noise and is kept as it is.
fn clean(value: f64) -> f64 {
    let rounded = (value * 1e9).round() / 1e9;
    if !rounded.is_finite() {
        value
    } else if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_linear_steps() {
        assert_eq!(
            linear_ticks(0.0, 100.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(linear_ticks(0.0, 1.0, 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(linear_ticks(0.0, 3e9, 3), vec![0.0, 1e9, 2e9, 3e9]);
        assert_eq!(
            linear_ticks(0.1, 0.35, 5),
            vec![0.1, 0.15, 0.2, 0.25, 0.3, 0.35]
        );
        assert!(linear_ticks(f64::NAN, 1.0, 5).is_empty());
        assert_eq!(linear_ticks(5.0, 5.0, 5), vec![5.0]);
        assert_eq!(linear_ticks(2017.0, 2017.0, 12), vec![2017.0]);
        assert_eq!(linear_ticks(0.0, 0.0, 3), vec![0.0]);
    }

    #[test]
    fn log_powers() {
        assert_eq!(log_ticks(0.0, 3.0, 5), vec![1.0, 10.0, 100.0, 1000.0]);
        assert_eq!(
            log_ticks(0.0, 10.0, 5),
            vec![1.0, 100.0, 1e4, 1e6, 1e8, 1e10]
        );
    }

    #[test]
    fn log_powers_stop_at_the_largest_finite_power() {
        let ticks = log_ticks(306.0, 309.0, 5);
        assert_eq!(ticks.len(), 3, "{ticks:?}");
        for (tick, power) in ticks.iter().zip([1e306, 1e307, 1e308]) {
            assert!(
                tick.is_finite() && (tick / power - 1.0).abs() < 1e-12,
                "{ticks:?}"
            );
        }
    }
}
