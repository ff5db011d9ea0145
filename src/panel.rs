//! The result panels by name: one definition, in page order, for the results view
//! (which panel to draw at which step) and the embed's `panels=` URL parameter (which
//! panels to show). The names are those of the embed protocol.

/// A result panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Article,
    Timeline,
    Actors,
    Claims,
    Figures,
    Words,
}

impl Panel {
    /// Every panel, in the order the page draws them.
    pub const ALL: [Panel; 6] =
        [Panel::Article, Panel::Timeline, Panel::Actors, Panel::Claims, Panel::Figures, Panel::Words];

    /// The panels an embed shows when its URL names none.
    pub const EMBED_DEFAULT: [Panel; 3] = [Panel::Timeline, Panel::Actors, Panel::Claims];

    /// The panel's name in the embed protocol (`panels=timeline,claims`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Panel::Article => "article",
            Panel::Timeline => "timeline",
            Panel::Actors => "actors",
            Panel::Claims => "claims",
            Panel::Figures => "figures",
            Panel::Words => "words",
        }
    }

    /// The panel named `name`, if any.
    pub fn parse(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_their_panels() {
        for panel in Panel::ALL {
            assert_eq!(Panel::parse(panel.as_str()), Some(panel));
        }
        assert_eq!(Panel::parse("bogus"), None);
    }
}
