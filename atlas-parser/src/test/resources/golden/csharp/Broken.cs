using System.Text;

namespace Acme.Broken
{
    public class Before
    {
        public string Render(int depth)
        {
            return new StringBuilder().Append(' ', depth).ToString();
        }
    }

    public class Half
    {
        public void Start(
        {
            Console.WriteLine("never closed";
        }

        int Count() => 1;
    }

    public class After
    {
        private readonly Before _before = new Before();

        public string Show() => _before.Render(2);
    }
}
