//! The actor network's layout: a deterministic force-directed (Fruchterman–Reingold)
//! layout computed in Rust. Nodes start on a circle in id order and the simulation runs
//! a fixed number of steps with a cooling schedule and no randomness, so the same
//! analysis always gives the same picture. Then the labels are placed so that none
//! overlaps another or a node ([`place_labels`]): in a dense cluster the least
//! mentioned actors' labels wait for hover, focus or selection.

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

/// Where a label's text is anchored (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A placed label: its text position (baseline) and anchor, its box, and whether it is
/// shown at rest (a label with no free place is shown only on hover, focus or
/// selection).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// `(left, top, right, bottom)` of the text.
    pub rect: (f64, f64, f64, f64),
    pub shown: bool,
}

/// The font size of the network's labels (SVG user units; `style.css` says 11px).
pub const LABEL_FONT: f64 = 11.0;

/// A label's estimated box size for `text`: CJK and other wide chars take a full em,
/// Latin letters a bit over half of one (no font metrics in the worker-free layout;
/// the estimate errs wide).
pub fn label_size(text: &str) -> (f64, f64) {
    let w: f64 = text.chars().map(|c| if c.is_ascii() { LABEL_FONT * 0.62 } else { LABEL_FONT }).sum();
    (w + 2.0, LABEL_FONT + 2.0)
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn hits_circle(r: (f64, f64, f64, f64), (cx, cy, radius): (f64, f64, f64)) -> bool {
    let nx = cx.clamp(r.0, r.2);
    let ny = cy.clamp(r.1, r.3);
    (nx - cx).powi(2) + (ny - cy).powi(2) < radius * radius
}

/// Places a label for every node `(x, y, radius)` with box `sizes[i]`, in the order of
/// `priority` (most important first): below the node, above it, right, left, then the
/// four corners; the first place inside the `width × height` box that overlaps no
/// placed label and no node wins. A node with no such place keeps its label below it,
/// not shown at rest. Deterministic, like the layout.
pub fn place_labels(
    nodes: &[(f64, f64, f64)],
    sizes: &[(f64, f64)],
    priority: &[usize],
    width: f64,
    height: f64,
) -> Vec<Label> {
    let mut labels: Vec<Option<Label>> = vec![None; nodes.len()];
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    for &i in priority.iter().filter(|&&i| i < nodes.len()) {
        let (x, y, r) = nodes[i];
        let (w, h) = sizes.get(i).copied().unwrap_or((0.0, 0.0));
        let gap = 2.0;
        // (anchor, left, top) of each candidate box.
        let candidates = [
            (Anchor::Middle, x - w / 2.0, y + r + gap),
            (Anchor::Middle, x - w / 2.0, y - r - gap - h),
            (Anchor::Start, x + r + gap, y - h / 2.0),
            (Anchor::End, x - r - gap - w, y - h / 2.0),
            (Anchor::Start, x + r * 0.7, y + r * 0.7),
            (Anchor::End, x - r * 0.7 - w, y + r * 0.7),
            (Anchor::Start, x + r * 0.7, y - r * 0.7 - h),
            (Anchor::End, x - r * 0.7 - w, y - r * 0.7 - h),
        ];
        let label = |(anchor, left, top): (Anchor, f64, f64), shown: bool| {
            let tx = match anchor {
                Anchor::Start => left + 1.0,
                Anchor::Middle => left + w / 2.0,
                Anchor::End => left + w - 1.0,
            };
            Label { x: tx, y: top + h - 3.0, anchor, rect: (left, top, left + w, top + h), shown }
        };
        let free = candidates.iter().copied().find(|&(_, left, top)| {
            let rect = (left, top, left + w, top + h);
            rect.0 >= 0.0
                && rect.1 >= 0.0
                && rect.2 <= width
                && rect.3 <= height
                && !placed.iter().any(|&p| overlaps(rect, p))
                && !nodes.iter().any(|&c| hits_circle(rect, c))
        });
        labels[i] = Some(match free {
            Some(c) => {
                let l = label(c, true);
                placed.push(l.rect);
                l
            }
            None => label(candidates[0], false),
        });
    }
    labels
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            l.unwrap_or_else(|| Label {
                x: nodes[i].0,
                y: nodes[i].1,
                anchor: Anchor::Middle,
                rect: (0.0, 0.0, 0.0, 0.0),
                shown: false,
            })
        })
        .collect()
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
    fn shown_labels_overlap_no_label_and_no_node() {
        let mut edges = Vec::new();
        for i in 0..30 {
            for j in (i + 1)..30 {
                if (i * 5 + j * 11) % 4 == 0 {
                    edges.push(Edge { a: i, b: j, weight: 1.0 });
                }
            }
        }
        let pos = layout(30, &edges, 720.0, 420.0, 40.0);
        let nodes: Vec<(f64, f64, f64)> =
            pos.iter().enumerate().map(|(i, p)| (p.0, p.1, 5.0 + (i % 4) as f64 * 3.0)).collect();
        let names: Vec<String> = (0..30)
            .map(|i| {
                if i % 3 == 0 {
                    format!("Actor number {i}")
                } else {
                    "某某集團有限公司".chars().take(2 + i % 6).collect()
                }
            })
            .collect();
        let sizes: Vec<(f64, f64)> = names.iter().map(|n| label_size(n)).collect();
        let priority: Vec<usize> = (0..30).collect();
        let labels = place_labels(&nodes, &sizes, &priority, 720.0, 420.0);
        assert_eq!(labels, place_labels(&nodes, &sizes, &priority, 720.0, 420.0), "deterministic");
        let shown: Vec<&Label> = labels.iter().filter(|l| l.shown).collect();
        assert!(shown.len() >= 15, "most labels find a place: {}", shown.len());
        for (k, a) in shown.iter().enumerate() {
            assert!(a.rect.0 >= 0.0 && a.rect.2 <= 720.0 && a.rect.1 >= 0.0 && a.rect.3 <= 420.0, "inside: {a:?}");
            for b in &shown[k + 1..] {
                assert!(!overlaps(a.rect, b.rect), "{a:?} overlaps {b:?}");
            }
            for &c in &nodes {
                assert!(!hits_circle(a.rect, c), "{a:?} covers the node {c:?}");
            }
        }
        assert!(labels[0].shown, "the first in priority always has room in an empty picture");
    }

    #[test]
    fn a_lone_label_sits_below_its_node() {
        let labels = place_labels(&[(100.0, 100.0, 8.0)], &[(40.0, 13.0)], &[0], 300.0, 200.0);
        let l = labels[0];
        assert!(l.shown && l.anchor == Anchor::Middle && (l.x - 100.0).abs() < 1e-9 && l.rect.1 >= 108.0, "{l:?}");
    }

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
