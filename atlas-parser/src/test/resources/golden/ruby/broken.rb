require "json"

class Before
  def ok
    JSON.parse("{}")
  end
end

class Broken
  def half(a, b
    a +
  end

  def fine_again
    1
  end
end

class After < Before
  def still_found
    ok
  end
end

def tail
  puts "done"
end
