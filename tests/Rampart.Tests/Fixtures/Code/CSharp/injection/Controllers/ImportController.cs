using System.Runtime.Serialization.Formatters.Binary;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Newtonsoft.Json;

namespace Catalog.Api.Controllers;

[ApiController]
[Route("api/import")]
public class ImportController(SqlConnection connection) : ControllerBase
{
    [HttpPost("legacy")]
    public IActionResult Legacy()
    {
        var formatter = new BinaryFormatter(); // expect: RMP-C025
        var data = formatter.Deserialize(Request.Body);
        return Ok(data);
    }

    [HttpPost("json")]
    public IActionResult Json([FromBody] string payload)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto }; // expect: RMP-C025
        var safe = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        return Ok(JsonConvert.DeserializeObject(payload, settings));
    }

    [HttpPost("xml")]
    public IActionResult Xml()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse }; // expect: RMP-C027
        var strict = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(Request.Body, settings);
        return Ok();
    }

    [HttpGet("rows")]
    public IActionResult Rows([FromQuery] string table)
    {
        using var command = new SqlCommand("SELECT COUNT(*) FROM " + table, connection); // expect: RMP-C020
        return Ok(command.ExecuteScalar());
    }

    [HttpGet("count/{id:int}")]
    public IActionResult Count(int id)
    {
        using var command = new SqlCommand($"SELECT COUNT(*) FROM Rows WHERE Batch = {id}", connection);
        return Ok(command.ExecuteScalar());
    }
}
