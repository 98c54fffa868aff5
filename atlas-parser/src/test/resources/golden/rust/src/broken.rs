/// Before the error.
pub fn before(x: i32) -> i32 {
    helper(x) + 1
}

pub struct Good {
    pub name: String,
}

fn broken(x: i32) {
    let y = match x {
        1 => ,
    };
    if x > { }
}

impl Good {
    /// After the error.
    pub fn after(&self) -> &str {
        self.name.as_str()
    }
}

pub fn last() -> Good {
    Good { name: String::new() }
}
