using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.AI;

namespace Assistant.Api.Controllers;

[ApiController]
[Route("api/assistant")]
public class AssistantController(IChatClient chat) : ControllerBase
{
    [HttpPost("ask")]
    public async Task<string> Ask([FromBody] string question) => (await chat.GetResponseAsync(question)).Text; // expect: RMP-C050

    [Authorize]
    [HttpPost("ask-member")]
    public async Task<string> AskMember([FromBody] string question) => (await chat.GetResponseAsync(question)).Text;

    [HttpGet("status")]
    public string Status() => "ok";
}
