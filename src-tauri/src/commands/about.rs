//! Settings > About.

use kense_core::about::{self, About};

crate::commands! {
    /// The version, where the data is, and the licences of the fonts and main
    /// libraries (nothing read from the database: it answers even when that
    /// could not be opened).
    fn about_info(state) -> About {
        Ok(about::about(state.db_path()))
    }
}
