package broken;

public class HalfEdited {
    private int count;

    public void increment() {
        count++;
        log("incremented");
    }

    public void broken( {
        if (count > 0 {
            reset(;
    }

    public int count() {
        return count;
    }

    private void log(String message) {
        System.out.println(message);
    }
}

class AfterTheError {
    void stillFound() {
        new HalfEdited().count();
    }
}
