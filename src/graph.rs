//! The actor network's layout: a deterministic force-directed (Fruchterman–Reingold)
//! layout computed in Rust. Nodes start on a circle in id order and the simulation runs
//! a fixed number of steps with a cooling schedule and no randomness, so the same
//! analysis always gives the same picture.

/// Strength of the pull toward the centre, against the repulsion between all nodes:
/// strong enough that a large component does not push small ones into the corners.
const GRAVITY: f64 = 1.2;

/// An edge between node indices with a weight (≥ 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
}

/// Positions in a `width × height` box, with `margin` kept free on every side.
pub fn layout(n: usize, edges: &[Edge], width: f64, height: f64, margin: f64) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let (w, h) = ((width - 2.0 * margin).max(1.0), (height - 2.0 * margin).max(1.0));
    let (cx, cy) = (w / 2.0, h / 2.0);
    let r0 = w.min(h) * 0.4;
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let t = i as f64 / n as f64 * std::f64::consts::TAU;
            (cx + r0 * t.cos(), cy + r0 * t.sin())
        })
        .collect();
    if n == 1 {
        return vec![(margin + cx, margin + cy)];
    }
    let k = (w * h / n as f64).sqrt() * 0.75;
    let steps = 300;
    for step in 0..steps {
        let temp = (w.min(h) / 10.0) * (1.0 - step as f64 / steps as f64) + 0.5;
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = k * k / d;
                let (ux, uy) = (dx / d, dy / d);
                disp[i].0 += ux * f;
                disp[i].1 += uy * f;
                disp[j].0 -= ux * f;
                disp[j].1 -= uy * f;
            }
        }
        for e in edges {
            if e.a >= n || e.b >= n || e.a == e.b {
                continue;
            }
            let (dx, dy) = (pos[e.a].0 - pos[e.b].0, pos[e.a].1 - pos[e.b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = d * d / k * (1.0 + e.weight.ln_1p());
            let (ux, uy) = (dx / d, dy / d);
            disp[e.a].0 -= ux * f;
            disp[e.a].1 -= uy * f;
            disp[e.b].0 += ux * f;
            disp[e.b].1 += uy * f;
        }
        for i in 0..n {
            // Gravity toward the centre keeps the components together and unconnected
            // nodes near the picture instead of in the corners.
            let (gx, gy) = (cx - pos[i].0, cy - pos[i].1);
            let gd = (gx * gx + gy * gy).sqrt();
            disp[i].0 += gx * gd / k * GRAVITY;
            disp[i].1 += gy * gd / k * GRAVITY;
            let d = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt().max(0.01);
            let step_len = d.min(temp);
            pos[i].0 = (pos[i].0 + disp[i].0 / d * step_len).clamp(0.0, w);
            pos[i].1 = (pos[i].1 + disp[i].1 / d * step_len).clamp(0.0, h);
        }
    }
    // Fill the box: stretch the drawing to the free area, so labels get room.
    let (x0, x1) = pos.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y0, y1) = pos.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let fit = |v: f64, lo: f64, hi: f64, len: f64| if hi - lo > 1.0 { (v - lo) / (hi - lo) * len } else { len / 2.0 };
    pos.into_iter().map(|(x, y)| (fit(x, x0, x1, w) + margin, fit(y, y0, y1, h) + margin)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_deterministic_inside_the_box_and_pulls_neighbours_together() {
        let edges = [Edge { a: 0, b: 1, weight: 5.0 }, Edge { a: 2, b: 3, weight: 1.0 }];
        let a = layout(6, &edges, 400.0, 300.0, 20.0);
        let b = layout(6, &edges, 400.0, 300.0, 20.0);
        assert_eq!(a, b);
        assert!(a.iter().all(|&(x, y)| (20.0..=380.0).contains(&x) && (20.0..=280.0).contains(&y)));
        let dist = |i: usize, j: usize| ((a[i].0 - a[j].0).powi(2) + (a[i].1 - a[j].1).powi(2)).sqrt();
        assert!(dist(0, 1) < dist(0, 4), "linked nodes sit closer than unlinked ones");
    }

    #[test]
    fn empty_and_single_graphs() {
        assert!(layout(0, &[], 100.0, 100.0, 10.0).is_empty());
        assert_eq!(layout(1, &[], 100.0, 100.0, 10.0), vec![(50.0, 50.0)]);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn dense_graphs_stay_finite_and_spread() {
        let mut edges = Vec::new();
        for i in 0..24 {
            for j in (i + 1)..24 {
                if (i * 7 + j * 3) % 5 == 0 {
                    edges.push(Edge { a: i, b: j, weight: ((i + j) % 9 + 1) as f64 });
                }
            }
        }
        // Two isolated nodes besides the dense component.
        let p = layout(26, &edges, 720.0, 420.0, 40.0);
        assert!(p.iter().all(|&(x, y)| x.is_finite() && y.is_finite()), "{p:?}");
        let cx = p.iter().map(|q| q.0).sum::<f64>() / p.len() as f64;
        let cy = p.iter().map(|q| q.1).sum::<f64>() / p.len() as f64;
        assert!((cx - 360.0).abs() < 60.0 && (cy - 210.0).abs() < 50.0, "centred: {cx:.0},{cy:.0}");
        let xs: Vec<f64> = p.iter().map(|q| q.0).collect();
        let spread = xs.iter().cloned().fold(f64::MIN, f64::max) - xs.iter().cloned().fold(f64::MAX, f64::min);
        assert!(spread > 200.0, "nodes spread across the width: {spread}");
    }
}
