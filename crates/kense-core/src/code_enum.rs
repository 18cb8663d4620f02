//! One macro for the crate's closed lists of codes (the registry's
//! vocabularies in [`crate::kinds`], the refusals in [`crate::refusal`]):
//! each variant is written once with its snake_case code, and the macro
//! gives the enum (serde by that code, exported to TypeScript), `ALL`,
//! `as_str`, `Display` and `FromStr`.

/// `code_enum!([extra derives] /// docs Name { /// docs Variant = "code", … })`.
macro_rules! code_enum {
    ([$($extra:path),* $(,)?] $(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS $(, $extra)*)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order listed (complete by construction:
            /// the list is the enum's).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code as stored, sent over IPC and used in translation keys.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();

            fn from_str(s: &str) -> Result<Self, ()> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(()),
                }
            }
        }
    };
}

pub(crate) use code_enum;
