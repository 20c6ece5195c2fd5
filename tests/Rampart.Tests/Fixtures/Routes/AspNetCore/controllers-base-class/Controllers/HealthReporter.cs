namespace Shop.Api.Controllers;

// Not a controller: no suffix, no [Controller], no controller base class.
public class HealthReporter
{
    public string Describe() => "ok";
}
